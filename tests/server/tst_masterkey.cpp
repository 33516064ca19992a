// The key that seals stored secrets: from a 0600 key file, or from the OS keychain through
// QtKeychain (scripts/test.sh runs the tests with an unlocked gnome-keyring on a private bus).
#include "MasterKey.h"
#include "SecretBox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace scanflow;

class TestMasterKey : public QObject
{
    Q_OBJECT

private slots:
    void keyFileIsCreatedPrivateAndReused();
    void keyFileOthersCanReadIsRefused();
    void keyFileWithoutAKeyIsRefused();
    void keychainCreatesThenReturnsTheSameKey();
    void aMovedFolderKeepsItsKeychainKey();
};

void TestMasterKey::keyFileIsCreatedPrivateAndReused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.key"));
    const auto first = MasterKey::fromKeyFile(path);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->size(), SecretBox::KeyBytes);
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    const auto again = MasterKey::fromKeyFile(path);
    QVERIFY(again.ok());
    QCOMPARE(*again, *first);
}

void TestMasterKey::keyFileOthersCanReadIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.key"));
    QVERIFY(MasterKey::fromKeyFile(path).ok());
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QCOMPARE(MasterKey::fromKeyFile(path).error(),
             QStringLiteral("key file \"%1\" may be read by others: make it 0600 (chmod 600)").arg(path));
}

void TestMasterKey::keyFileWithoutAKeyIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.key"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a key\n");
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.close();
    QCOMPARE(MasterKey::fromKeyFile(path).error(), QStringLiteral("key file \"%1\" does not hold a 32-byte key").arg(path));
}

void TestMasterKey::keychainCreatesThenReturnsTheSameKey()
{
    const QString service = QStringLiteral("ScanFlow-test");
    const QString account = QStringLiteral("secrets-key:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto first = MasterKey::fromKeychain(service, account);
    QVERIFY2(first.ok(), qPrintable(first.error() + QStringLiteral(" (run inside scripts/test.sh: it unlocks a keyring)")));
    QCOMPARE(first->size(), SecretBox::KeyBytes);
    const auto again = MasterKey::fromKeychain(service, account);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(*again, *first);
    QVERIFY(MasterKey::removeFromKeychain(service, account));
    const auto fresh = MasterKey::fromKeychain(service, account);
    QVERIFY(fresh.ok());
    QVERIFY(*fresh != *first);
    MasterKey::removeFromKeychain(service, account);
}

// The server in a moved folder keeps the old path's key for the new one (tests/app/moved_keychain.py
// shows it end to end); it never replaces a key the new path has, nor takes the old one away.
void TestMasterKey::aMovedFolderKeepsItsKeychainKey()
{
    const QString service = QStringLiteral("ScanFlow-test");
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString before = QStringLiteral("/srv/before-") + id, after = QStringLiteral("/srv/after-") + id, other = QStringLiteral("/srv/other-") + id;
    QCOMPARE(MasterKey::keychainAccount(before), QStringLiteral("secrets-key:") + before);
    const auto old = MasterKey::fromKeychain(service, MasterKey::keychainAccount(before));
    QVERIFY2(old.ok(), qPrintable(old.error() + QStringLiteral(" (run inside scripts/test.sh: it unlocks a keyring)")));

    const auto followed = MasterKey::followMovedFolder(service, before, after);
    QVERIFY2(followed.ok(), qPrintable(followed.error()));
    QVERIFY(*followed);
    QCOMPARE(*MasterKey::existing(QString(), service, MasterKey::keychainAccount(after)), *old);
    QCOMPARE(*MasterKey::existing(QString(), service, MasterKey::keychainAccount(before)), *old);
    QVERIFY(!*MasterKey::followMovedFolder(service, before, after)); // once is enough

    const auto own = MasterKey::fromKeychain(service, MasterKey::keychainAccount(other));
    QVERIFY(!*MasterKey::followMovedFolder(service, before, other));
    QCOMPARE(*MasterKey::existing(QString(), service, MasterKey::keychainAccount(other)), *own);
    QVERIFY(!*MasterKey::followMovedFolder(service, QStringLiteral("/srv/never-") + id, QStringLiteral("/srv/nowhere-") + id));
    QVERIFY(!MasterKey::existing(QString(), service, MasterKey::keychainAccount(QStringLiteral("/srv/nowhere-") + id)).ok());
    for (const QString &folder : {before, after, other})
        MasterKey::removeFromKeychain(service, MasterKey::keychainAccount(folder));
}

QTEST_GUILESS_MAIN(TestMasterKey)
#include "tst_masterkey.moc"
