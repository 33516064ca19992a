// LoginThrottle on its own, with made-up clocks: what M7 of the security review asks of it
// (a flood of made-up ids never unlocks an account; counts expire instead of being cleared;
// sprays are stopped per address and overall).
#include "LoginThrottle.h"

#include <QTest>

using namespace scanflow;

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private slots:
    void M7_fiveFailuresLockAndTheLockGrows();
    void M7_aFloodOfMadeUpIdsNeverUnlocksAnAccount();
    void M7_aSprayIsStoppedPerAddressAndOverall();
    void aSuccessClearsTheIdNotTheAddress();
};

void TestLoginThrottle::M7_fiveFailuresLockAndTheLockGrows()
{
    LoginThrottle t;
    const qint64 now = 1'000'000;
    for (int i = 0; i < 4; ++i)
        t.failed(QStringLiteral("0:mallory"), QStringLiteral("10.0.0.1"), now);
    QVERIFY(!t.wait(QStringLiteral("0:mallory"), QStringLiteral("10.0.0.1"), now));
    t.failed(QStringLiteral("0:mallory"), QStringLiteral("10.0.0.1"), now);
    QCOMPARE(*t.wait(QStringLiteral("0:mallory"), QStringLiteral("10.0.0.2"), now), 2); // from any address
    t.failed(QStringLiteral("0:mallory"), QStringLiteral("10.0.0.1"), now + 3000);
    QCOMPARE(*t.wait(QStringLiteral("0:mallory"), QStringLiteral("10.0.0.2"), now + 3000), 4);
    QVERIFY(!t.wait(QStringLiteral("0:mallory"), QStringLiteral("10.0.0.2"), now + 8000)); // it ends
}

void TestLoginThrottle::M7_aFloodOfMadeUpIdsNeverUnlocksAnAccount()
{
    // The review's test: lock mallory, then 10 001 failures with made-up ids (from addresses
    // that the per-address and overall limits let through, to test the ids alone).
    ThrottleSettings s;
    s.failuresPerAddress = 1'000'000;
    s.failuresOverall = 1'000'000;
    s.maxTrackedIds = 10'000;
    LoginThrottle t(s);
    const qint64 now = 5'000'000;
    for (int i = 0; i < 9; ++i)
        t.failed(QStringLiteral("0:mallory"), QStringLiteral("10.0.0.1"), now);
    QVERIFY(t.wait(QStringLiteral("0:mallory"), QStringLiteral("10.0.0.1"), now));
    for (int i = 0; i < 10'001; ++i)
        t.failed(QStringLiteral("0:rnd%1").arg(i), QStringLiteral("10.1.%1.%2").arg(i / 250).arg(i % 250), now + 1);
    QVERIFY2(t.wait(QStringLiteral("0:mallory"), QStringLiteral("10.0.0.1"), now + 2), "a locked account stays locked");
    QVERIFY2(t.trackedIds() <= 10'001, "the table stays bounded: the oldest unlocked ids went");
    // Long after, quiet entries expire on the next eviction.
    for (int i = 0; i < 10'001; ++i)
        t.failed(QStringLiteral("0:late%1").arg(i), QStringLiteral("10.2.%1.%2").arg(i / 250).arg(i % 250), now + 3'600'000);
    QVERIFY(t.trackedIds() <= 10'001);
    QVERIFY(!t.wait(QStringLiteral("0:mallory"), QStringLiteral("10.0.0.1"), now + 3'600'000));
}

void TestLoginThrottle::M7_aSprayIsStoppedPerAddressAndOverall()
{
    LoginThrottle t;
    const qint64 now = 9'000'000;
    for (int i = 0; i < 30; ++i)
        t.failed(QStringLiteral("0:user%1").arg(i), QStringLiteral("10.9.9.9"), now);
    QVERIFY2(t.wait(QStringLiteral("0:someone-else"), QStringLiteral("10.9.9.9"), now), "the address is throttled, whatever the name");
    QVERIFY(!t.wait(QStringLiteral("0:someone-else"), QStringLiteral("10.9.9.8"), now));
    QVERIFY(!t.wait(QStringLiteral("0:someone-else"), QStringLiteral("10.9.9.9"), now + 301'000)); // the window passes
    // Overall: 1000 failures in a minute from many addresses stop every login for the rest of it.
    LoginThrottle all;
    for (int i = 0; i < 1000; ++i)
        all.failed(QStringLiteral("0:u%1").arg(i), QStringLiteral("10.3.%1.%2").arg(i / 200).arg(i % 200), now);
    QVERIFY(all.wait(QStringLiteral("0:fresh"), QStringLiteral("192.0.2.1"), now + 1000));
    QVERIFY(!all.wait(QStringLiteral("0:fresh"), QStringLiteral("192.0.2.1"), now + 61'000));
}

void TestLoginThrottle::aSuccessClearsTheIdNotTheAddress()
{
    LoginThrottle t;
    const qint64 now = 1'000;
    for (int i = 0; i < 29; ++i)
        t.failed(QStringLiteral("0:v%1").arg(i), QStringLiteral("10.5.5.5"), now);
    t.succeeded(QStringLiteral("0:v0"));
    t.failed(QStringLiteral("0:v0"), QStringLiteral("10.5.5.5"), now);
    QVERIFY2(t.wait(QStringLiteral("0:v0"), QStringLiteral("10.5.5.5"), now), "a correct password between wrong ones resets no spray");
}

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_login_throttle.moc"
