#!/usr/bin/env bash
# Every curl example of the management API reference (../shared/reference/002_84eb20914540f4aa.txt),
# run with real curl against a fresh scanflowd: each as the reference writes it, with real values
# for its placeholders, and its answer checked (HTTP status, and with jq the shape the reference
# names for the call's Returns).
#
#   tests/server/reference_curl.sh /path/to/scanflowd
#
# Each example carries the line of the reference it comes from (# 002:<line>). What changes from
# the reference's text, everywhere:
#   - placeholders get real values: the host (https://:7300, server_name, serveraddress, yourhost,
#     account-domain-name) is the server's URL; the keys (key, xxx, advanced_api_permissions_key,
#     $API_KEY, empty X-Api-Key values) are the bootstrap key, a full-access advanced key that
#     allows unauthenticated requests and untrusted endpoints; "Authorization: " is a user token
#     from POST /login (or, for GET /terminalconfig, a device token); ids, names and file names
#     are those of entities the setup made;
#   - -i and -v are left out: run takes the status with -w '%{http_code}' and the body with -o;
#     run adds -sS and -k (the server's certificate is its own) after the reference's arguments.
# Where an example's text cannot be run as it stands (an unquoted & in a URL, &amp;, a missing
# "=") the note above it says what was done.
#
# Besides the examples, checks (verify) look at what an example did (the entity it made, changed
# or deleted), run the call a section describes where its example says another method (GET for
# PUT or DELETE), and test three things the reference says without an example (002:343, 504:
# the ports "for user"; 579: an alias with "#PID"). They are not counted as examples.
#
# At the end: how many examples ran (it must be the number of curl invocations of the
# reference), every failure with its reference line, and exit 1 if anything failed.
set -uo pipefail

scanflowd=${1:?usage: reference_curl.sh /path/to/scanflowd}
# grep -o 'curl \+-' 002_84eb20914540f4aa.txt | wc -l  (lines 624 and 942 hold two each)
REFERENCE_CURLS=77
reference="$(cd "$(dirname "$0")" && pwd)/../../../shared/reference/002_84eb20914540f4aa.txt"

work=$(mktemp -d)
server_pid=
cleanup() {
    if [[ -n $server_pid ]]; then
        kill "$server_pid" 2>/dev/null
        for _ in $(seq 100); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$server_pid" 2>/dev/null
        wait "$server_pid" 2>/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT
cd "$work" || exit 1

# --- the server -----------------------------------------------------------------------------

"$scanflowd" serve --tls --port 0 --data "$work/data" --secrets-key-file "$work/secrets.key" \
    >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
BASE= KEY= ADMIN_PASSWORD=
for _ in $(seq 150); do
    BASE=$(sed -n 's/^listening \(https:\/\/[^ ]*\).*/\1/p' "$work/server.out" | head -n1)
    KEY=$(sed -n 's/^bootstrap API key[^:]*: //p' "$work/server.out")
    ADMIN_PASSWORD=$(sed -n 's/^bootstrap admin user.*: admin \/ //p' "$work/server.out")
    [[ -n $BASE && -n $KEY && -n $ADMIN_PASSWORD ]] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
done
if [[ -z $BASE || -z $KEY || -z $ADMIN_PASSWORD ]]; then
    echo "scanflowd did not start (or printed no bootstrap key):" >&2
    cat "$work/server.out" "$work/server.err" >&2
    exit 1
fi
API_KEY=$KEY # the certificate examples' $API_KEY

# --- the helpers ----------------------------------------------------------------------------

EXAMPLES=0 CHECKS=0
FAILURES=() SERVER_ERRORS=()
BODY="$work/body"

# Shapes of the reference's answer types, for the filters.
JQ_DEFS='
def has_all($keys): . as $o | type == "object" and all($keys[]; . as $k | $o | has($k));
def eci: type == "object" and (.errorCode | type) == "number" and (.message | type) == "string";
def ecid: eci and (.id | type) == "number";
def list_of(f): type == "array" and all(.[]; f);
def account: has_all(["id", "name", "accountType", "domainNames"]) and (.domainNames | type) == "array";
def userinfo: has_all(["id", "providerId", "userName", "fullName", "email"]);
def groupinfo: has_all(["id", "name"]);
def docinfo: has_all(["providerId", "uuid", "documentName", "documentType", "userName", "totalPages",
    "colorPages", "duplex", "copies", "grayscale", "paperSize", "dateTime", "storageOnline", "secure", "tags",
    "collate", "status", "outputPortId", "outputPortName", "jobType", "scanWorkflowId", "scanConnectorId"]);
def history: has_all(["documents", "recordsOnPage", "nextPageToken", "dateStart", "dateEnd", "domainName",
    "userName", "portName"]) and (.documents | list_of(docinfo));
def location: has_all(["id", "name", "identifiers"]) and (.identifiers | type) == "array";
def connector: has_all(["id", "name", "connectorType"]);
def workflow: has_all(["id", "name"]);
def access: has_all(["id", "workflowId", "identityId", "identityType"]);
def with_id($id): any(.[]; .id == $id);
def certinfo: has_all(["alias", "serial", "subject", "issuer", "notBefore", "notAfter", "body"]);
'

# call LABEL STATUS FILTER CURL_ARGUMENTS...: one request; the answer stays in $BODY. The filter
# (jq, with JQ_DEFS; on an empty body its input is null) must print true.
call() {
    local label=$1 want=$2 filter=$3
    shift 3
    : >"$BODY"
    local got verdict
    got=$(curl "$@" -sS -k -o "$BODY" -w '%{http_code}' 2>"$work/curl.err")
    if [[ $got == 5* ]]; then
        SERVER_ERRORS+=("$label: HTTP $got $(head -c 400 "$BODY")")
    fi
    if [[ -s $BODY ]]; then
        verdict=$(jq -r "$JQ_DEFS ($filter)" "$BODY" 2>&1)
    else
        verdict=$(jq -rn "$JQ_DEFS ($filter)" 2>&1)
    fi
    if [[ $got == "$want" && $verdict == true ]]; then
        echo "ok   $label"
        return 0
    fi
    local why="HTTP $got (expected $want)"
    [[ $verdict == true ]] || why+=", jq '$filter' gave '${verdict//$'\n'/ }'"
    [[ -s $work/curl.err ]] && why+=", curl: $(tr '\n' ' ' <"$work/curl.err")"
    why+="; answer: $(head -c 600 "$BODY")"
    FAILURES+=("$label: $why")
    echo "FAIL $label: $why"
    return 1
}

# run LINE STATUS FILTER CURL_ARGUMENTS...: the example of reference line LINE.
run() {
    local line=$1
    shift
    EXAMPLES=$((EXAMPLES + 1))
    call "002:$line" "$@"
}

# verify LINE WHAT STATUS FILTER CURL_ARGUMENTS...: a check that goes with the example of LINE
# (what it did, or what its section means where its example says otherwise). Not an example.
verify() {
    local line=$1 what=$2
    shift 2
    CHECKS=$((CHECKS + 1))
    call "002:$line ($what)" "$@"
}

# last FILTER: a value of the last answer.
last() {
    jq -r "$1 // empty" "$BODY" 2>/dev/null
}

# api METHOD PATH CURL_ARGUMENTS...: a setup call with the bootstrap key; prints the answer. The
# examples need what it makes, so a failure ends the script.
api() {
    local method=$1 path=$2
    shift 2
    local got
    got=$(curl -sS -k -X "$method" -H "X-Api-Key: $KEY" "$BASE/api/v1$path" "$@" -o "$work/setup" -w '%{http_code}')
    if [[ $got != 2* ]]; then
        echo "setup: $method $path answered HTTP $got: $(cat "$work/setup")" >&2
        exit 1
    fi
    cat "$work/setup"
}

# --- setup: what the examples need ------------------------------------------------------------

api GET /account >"$work/root"
ROOT_ID=$(jq -r .id "$work/root")
ROOT_DOMAIN=$(jq -r '.domainNames[0]' "$work/root")
ACCOUNT_DOMAIN=acme.test # a customer of the root account, where ports and access controls live
api PUT /account -d parentdomain="$ROOT_DOMAIN" -d accountname=Acme -d accounttype=2 -d domainname=$ACCOUNT_DOMAIN \
    -d applicationname=Acme >/dev/null
api PUT /account -d parentdomain="$ROOT_DOMAIN" -d accountname=Other -d accounttype=2 -d domainname=other.test \
    -d applicationname=Other >/dev/null
# A container to move ports to, and a tree of three containers for "Delete container".
api PUT /account -d parentdomain=$ACCOUNT_DOMAIN -d accountname=Branch -d accounttype=3 -d domainname=branch.acme.test \
    -d applicationname=Acme >/dev/null
FLOOR_ID=$(api PUT /account -d parentdomain=$ACCOUNT_DOMAIN -d accountname="Floor 1" -d accounttype=3 \
    -d domainname=floor1.acme.test -d applicationname=Acme | jq -r .id)
WING_ID=$(api PUT /account -d parentdomain=floor1.acme.test -d accountname="Wing 1a" -d accounttype=3 \
    -d domainname=wing1a.acme.test -d applicationname=Acme | jq -r .id)
ROOM_ID=$(api PUT /account -d parentdomain=wing1a.acme.test -d accountname="Room 101" -d accounttype=3 \
    -d domainname=room101.acme.test -d applicationname=Acme | jq -r .id)

LOCATION_ID=$(api POST /locations --data '{"name":"Head office","identifiers":[{"locationType":1,"stringData":["192.168.1.100"]}]}' | jq -r .id)

LDAP_ID=$(api PUT /authproviders --data '{"name":"Directory","providerType":1,"typeConfiguration":"{\"address\":\"ldap.acme.test\",\"port\":389}","accountId":'"$ROOT_ID"',"priority":1,"active":true,"domainNames":["acme.test"],"id":0}' | jq -r .id)
LOCAL_ID=1 # the local provider always exists

ALICE_PASSWORD=alice-Secret-1
api PUT /users -d username=alice -d detailtype=3 -d detaildata=$ALICE_PASSWORD -d detailtype=0 -d detaildata="Alice Example" \
    -d detailtype=1 -d detaildata=alice@acme.test >/dev/null
ALICE_ID=$(api GET "/users?username=alice&providerid=$LOCAL_ID" | jq -r .id)
api PUT /users -d username=mytestuser >/dev/null
MYTESTUSER_ID=$(api GET "/users?username=mytestuser&providerid=$LOCAL_ID" | jq -r .id)
for provider in $LOCAL_ID "$LDAP_ID"; do
    api PUT /users -d username=bob -d providerid="$provider" >/dev/null   # updated by the examples
    api PUT /users -d username=carol -d providerid="$provider" >/dev/null # deleted by the examples
done
STAFF_DN="cn=staff,ou=groups,dc=acme,dc=test"
STAFF_ID=$(api PUT /groups -d groupname=Staff -d groupdn=$STAFF_DN | jq -r .id)
PRINTING_ID=$(api PUT /groups -d groupname=Printing -d groupdn="cn=printing,ou=groups,dc=acme,dc=test" | jq -r .id)
api PUT /users/alice/groups -d groupid="$STAFF_ID" >/dev/null
api PUT /users/mytestuser/groups -d groupid="$STAFF_ID" >/dev/null
api PUT "/accesscontrols?accountdomain=$ACCOUNT_DOMAIN" --data "{\"authProviderId\":1,\"roleName\":\"Users\",\"groupDn\":\"$STAFF_DN\"}" >/dev/null
# The first page of one local user: its nextPageToken for the paging example.
api GET "/users/all?providerid=$LOCAL_ID&maxrecords=1" >"$work/page1"
USERS_PAGE_TOKEN=$(jq -r .nextPageToken "$work/page1")
FIRST_USER=$(jq -r '.users[0].userName' "$work/page1")

# Printer A (with a card reader at 10.0.0.111 and serial SN-0001) and its pull queue; Printer O
# belongs to another customer.
PRINTER_ID=$(api POST /outputports -d domainname=$ACCOUNT_DOMAIN -d portname="Printer A" -d address=10.0.0.11 -d porttype=1 \
    -d ipreaderaddress=10.0.0.111 -d deviceserial=SN-0001 | jq -r .id)
OTHER_PRINTER_ID=$(api POST /outputports -d domainname=other.test -d portname="Printer O" -d address=10.0.1.11 -d porttype=1 | jq -r .id)
api PUT /inputports -d domainname=$ACCOUNT_DOMAIN -d portname="Queue A" -d porttype=0 >/dev/null
OTHER_QUEUE_ID=$(api PUT /inputports -d domainname=other.test -d portname="Queue O" -d porttype=0 | jq -r .id)

ADMIN_TOKEN=$(api POST /login -d authtype=0 -d userid=admin -d password="$ADMIN_PASSWORD" | jq -r .token)
REFRESH_TOKEN=$(api POST /login -d authtype=0 -d userid=admin -d password="$ADMIN_PASSWORD" | jq -r .refreshToken)
CODE=$(api POST /devices --data '{"name":"MFP lobby"}' | jq -r .registrationCode)
DEVICE_TOKEN=$(api POST /oauth/v1/token -d grant_type=urn:scanflow:grant-type:registration-code -d code="$CODE" | jq -r .access_token)

# The history of September 2021 the history examples read: three jobs printed on Printer A (in
# acme.test), one on Printer O (in other.test) before them.
for at in 09:00:00@10.0.1.11 10:00:00@10.0.0.11 11:00:00@10.0.0.11 13:00:00@10.0.0.11; do
    api POST /documents/history -H "Authorization: Bearer $ADMIN_TOKEN" -d jobtype=PRINT -d totalpages=2 \
        -d title="Report ${at%@*}" -d address="${at#*@}" --data-urlencode "datetime=2021-09-08T${at%@*}+00:00" >/dev/null
done

CONNECTOR_ID=$(api POST /scan/connectors --data '{"name":"Mailroom","connectorType":"EMAIL"}' | jq -r .id)
OLD_CONNECTOR_ID=$(api POST /scan/connectors --data '{"name":"Old mailroom","connectorType":"FOLDER"}' | jq -r .id)
workflow() { # NAME ACTIVE
    printf '{"name":"%s","active":%s,"destination":{"type":"api","url":"https://archive.example.com/upload","steps":[{"kind":"delivery","name":"Upload","method":"POST","body":"multipart","params":[],"response":[]}]}}' "$1" "$2"
}
# The workflow the examples update is inactive: what {"name", "connectorId"} makes of it is a
# draft either way (a draft is inactive).
WORKFLOW_ID=$(api POST /scan/workflows --data "$(workflow "Scan to archive" false)" | jq -r .id)
OLD_WORKFLOW_ID=$(api POST /scan/workflows --data "$(workflow "Old archive" true)" | jq -r .id)
ACCESS_ID=$(api POST /scan/access --data "{\"workflowId\":$WORKFLOW_ID,\"identityId\":$ALICE_ID,\"identityType\":\"User\"}" | jq -r .id)
OLD_ACCESS_ID=$(api POST /scan/access --data "{\"workflowId\":$WORKFLOW_ID,\"identityId\":$MYTESTUSER_ID,\"identityType\":\"User\"}" | jq -r .id)

# The files the examples send.
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' >test.pdf
printf 'ivan;Ivan;Petrov;ivan@acme.test;Scanning\njana;Jana;Novak;jana@acme.test;\n' >users.csv
# cacert.pem: a CA with the reference's serial number; chain.p12 (password changeit): a server
# certificate for localhost with the CA that signed it.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout cacert.key -out cacert.pem -days 30 \
    -set_serial 828286999265050717 -subj "/O=ScanFlow tests/CN=ScanFlow Example CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout chainca.key -out chainca.pem -days 30 \
    -subj "/O=ScanFlow tests/CN=ScanFlow Chain CA" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout server.key -out server.csr \
    -subj "/O=ScanFlow tests/OU=CA examples/CN=localhost" 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >server.ext
openssl x509 -req -in server.csr -CA chainca.pem -CAkey chainca.key -CAcreateserial -out server.pem -days 30 \
    -extfile server.ext 2>/dev/null
openssl pkcs12 -export -in server.pem -inkey server.key -certfile chainca.pem -passout pass:changeit -out chain.p12
[[ -s cacert.pem && -s chain.p12 ]] || { echo "setup: openssl made no certificates" >&2; exit 1; }

# --- the examples, in the reference's order -------------------------------------------------

# Account

# 002:47
run 47 200 'ecid' \
    -X PUT -H "X-Api-Key:$KEY" -d "parentdomain=$ROOT_DOMAIN" -d "accountname=Globex" -d "accounttype=2" -d "domainname=globex.test" -d "domainname=globex.example" -d "applicationname=Globex Print" -d "trustallclients=true" -d "locationid=$LOCATION_ID" -k "$BASE/api/v1/account"
verify 47 "the account exists under the root" 200 "account and .name == \"Globex\" and .accountType == 2 and .domainNames == [\"globex.test\", \"globex.example\"] and .parentId == $ROOT_ID" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/account?domainname=globex.example"

# 002:65  One domainname: the domain name to set on the account addressed (the Host, here the
# root account), as the reference's parameter list says.
run 65 200 'ecid' \
    -X PATCH "$BASE/api/v1/account" -H "X-Api-Key: $KEY" -d "accountname=ScanFlow HQ" -d "domainname=hq.scanflow.test" -d "applicationname=ScanFlow" -d "trustallclients=true" -d "locationid=$LOCATION_ID" -d "locale=de" -d "defaultpapersize=Letter" -d "theme=green"
verify 65 "the root account has the new values" 200 'account and .parentId == 0 and .name == "ScanFlow HQ" and (.domainNames | index("hq.scanflow.test")) != null and .locale == "de" and .defaultPaperSize == "Letter" and .theme == "green" and .trustAllClients == true' \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/account"

# 002:74
run 74 200 "list_of(account and .accountType == 3) and with_id($FLOOR_ID)" \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/account/containers"

# 002:87
run 87 200 "ecid and .id == $FLOOR_ID" \
    -X PUT -H "X-Api-Key: $KEY" -k "$BASE/api/v1/account/container/$FLOOR_ID" -d domainname=floor1.acme.test -d domainname=level1.acme.test -d containername="Floor 1 east" -d applicationname=Acme -d locationid=$LOCATION_ID
verify 87 "the container has the new values" 200 "account and .name == \"Floor 1 east\" and .domainNames == [\"floor1.acme.test\", \"level1.acme.test\"] and .locationId == $LOCATION_ID" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/account?domainname=level1.acme.test"

# 002:98  Floor 1 holds Wing 1a, which holds Room 101.
run 98 200 "ecid" \
    -X DELETE -H "X-Api-Key: $KEY" -k "$BASE/api/v1/account/container/$FLOOR_ID?withsubnodes=true"
verify 98 "the container and its whole subtree are gone" 200 "list_of(account) and ([.[].id] - ([.[].id] - [$FLOOR_ID, $WING_ID, $ROOM_ID])) == []" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/account/containers"

# Login

# 002:114
run 114 200 'userinfo and .userName == "alice" and (.token | type) == "string" and (.refreshToken | type) == "string" and (.expiresIn | type) == "number" and (.permissions | type) == "array"' \
    -X POST -H "X-Api-Key: $KEY" -d "authtype=0" -d "userid=alice" -d "password=$ALICE_PASSWORD" "$BASE/api/v1/login"

# Documents

# 002:186  Acme's jobs of 8 September 2021 (acme.test is the customer, as testaccount1 is); the
# other customer's earlier job is not Acme's.
run 186 200 "history and .domainName == \"$ACCOUNT_DOMAIN\" and .userName == \"admin\" and .recordsOnPage == 2 and (.documents | length) == 2 and all(.documents[]; .outputPortId == $PRINTER_ID and .userName == \"admin\") and .nextPageToken != \"\"" \
    --request GET "$BASE/api/v1/documents/history?datestart=2021-09-07T16:38:10.972Z&dateend=2021-09-10T16:38:10.972Z&domainname=$ACCOUNT_DOMAIN&username=admin&maxrecords=2" \
    --header "X-Api-Key: $KEY"
HISTORY_PAGE_TOKEN=$(last .nextPageToken)

# 002:234
run 234 200 "history and .recordsOnPage == 1 and all(.documents[]; .outputPortId == $PRINTER_ID) and .nextPageToken == \"\"" \
    --location --request GET "$BASE/api/v1/documents/history?pagetoken=$HISTORY_PAGE_TOKEN" \
    --header "X-Api-Key: $KEY"

# 002:258
run 258 200 'eci' \
    -X POST -H "X-Api-Key:$KEY" -H "Authorization: Bearer $ADMIN_TOKEN" -d "jobtype=PRINT" "$BASE/api/v1/documents/history"

# 002:280  (the key may name the user: it is a terminal integration's, onBehalfOfUsers)
run 280 200 'docinfo and (.uuid | type) == "string" and .userName == "alice" and .documentName == "test.pdf" and .status == 0' \
    -X PUT -H "X-Api-Key: $KEY"  -F "username=alice" -F "portname=Queue A" -F "title=test.pdf" -F "data=@test.pdf;filename=test.pdf" -k "$BASE/api/v1/documents"
UPLOADED_UUID=$(last .uuid)

# Output Ports

# 002:343  No curl example: "username: name of the user for which the ports will be retrieved".
# bob of the LDAP provider, whose domain name is acme.test: Acme's ports, not Other's.
verify 343 "no example; the ports of bob's accounts" 200 "list_of(type == \"object\") and with_id($PRINTER_ID) and (with_id($OTHER_PRINTER_ID) | not)" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/outputports?username=bob&providerid=$LDAP_ID"

# 002:376
run 376 200 'ecid' \
    -X POST -H "X-Api-Key:$KEY" -k "$BASE/api/v1/outputports" -d domainname=$ACCOUNT_DOMAIN -d portname="Printer B" -d address=10.0.0.12 -d porttype=1 -d ipreaderaddress=10.0.0.112 -d deviceserial=SN-0002 -d reversefinisher=false -d printerippurl=ipp://10.0.0.12/ipp/print -d modelfamily=1 -d monochromeprinter=false -d embeddedconfiguration=1 -d description="Second floor" -d softwareCopyCollation=true -d sendusername=true
PORT_B_ID=$(last .id)
verify 376 "the port is listed with its values" 200 "list_of(type == \"object\") and any(.[]; .id == $PORT_B_ID and .portName == \"Printer B\" and .deviceSerial == \"SN-0002\" and .sendUserName == true)" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/outputports"

# 002:405
run 405 200 'ecid' \
    -X PUT -H "X-Api-Key:$KEY" -k "$BASE/api/v1/outputports" -d domainname=$ACCOUNT_DOMAIN -d portname="Printer C" -d address=10.0.0.13 -d porttype=1 -d ipreaderaddress=10.0.0.113 -d deviceserial=SN-0003 -d reversefinisher=true -d printerippurl=ipp://10.0.0.13/ipp/print -d modelfamily=0 -d monochromeprinter=true -d embeddedconfiguration=1 -d description="Third floor"
PORT_C_ID=$(last .id)

# 002:435
run 435 200 "ecid and .id == $PORT_B_ID" \
    -X PATCH -H "X-Api-Key:$KEY" -k "$BASE/api/v1/outputports/$PORT_B_ID" -d domainname=$ACCOUNT_DOMAIN -d portname="Printer B2" -d address=10.0.0.22 -d porttype=1 -d ipreaderaddress=10.0.0.122 -d deviceserial=SN-0022 -d reversefinisher=true -d printerippurl=ipp://10.0.0.22/ipp/print -d modelfamily=0 -d monochromeprinter=true -d embeddedconfiguration=1 -d description="Second floor, east" -d softwareCopyCollation=false -d sendusername=false

# 002:447
run 447 200 "ecid and .id == $PORT_C_ID" \
    -X PUT -H "X-Api-Key:$KEY" -k "$BASE/api/v1/outputports" -d domainname=$ACCOUNT_DOMAIN -d portname="Printer C2" -d address=10.0.0.23 -d porttype=1 -d ipreaderaddress=10.0.0.123 -d deviceserial=SN-0023 -d reversefinisher=false -d printerippurl=ipp://10.0.0.23/ipp/print -d modelfamily=1 -d monochromeprinter=false -d embeddedconfiguration=1 -d description="Third floor, east" -d id=$PORT_C_ID
verify 447 "both updates are stored" 200 "any(.[]; .id == $PORT_B_ID and .portName == \"Printer B2\" and .address == \"10.0.0.22\") and any(.[]; .id == $PORT_C_ID and .portName == \"Printer C2\" and .deviceSerial == \"SN-0023\")" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/outputports"

# 002:459  The reference's "-d destinationdomainname" lacks its "=": here with it and its value.
run 459 200 "ecid and .id == $PORT_B_ID" \
    -X PUT -H "X-Api-Key:$KEY" -k "$BASE/api/v1/outputports/$PORT_B_ID/move" -d domainname=$ACCOUNT_DOMAIN -d destinationdomainname=branch.acme.test
verify 459 "the port is in the container" 200 "any(.[]; .id == $PORT_B_ID and .domainName == \"branch.acme.test\")" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/outputports"

# Input Ports

# 002:485
run 485 200 'ecid' \
    -X PUT -H "X-Api-Key: $KEY" -k "$BASE/api/v1/inputports" -d domainname=$ACCOUNT_DOMAIN -d portname="Push C" -d porttype=1 -d outputportid=$PORT_C_ID -d locationid=$LOCATION_ID
QUEUE_ID=$(last .id)

# 002:496
run 496 200 "ecid and .id == $QUEUE_ID" \
    -X PUT -H "X-Api-Key: $KEY" -k "$BASE/api/v1/inputports" -d domainname=$ACCOUNT_DOMAIN -d portname="Push C2" -d porttype=1 -d outputportid=$PORT_C_ID -d locationid=$LOCATION_ID -d id=$QUEUE_ID
verify 496 "the queue is listed at its location" 200 "list_of(type == \"object\") and any(.[]; .id == $QUEUE_ID and .portName == \"Push C2\" and .outputPortId == $PORT_C_ID)" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/inputports?locationids=$LOCATION_ID"

# 002:504  No curl example: the input ports of a user, as at 343.
verify 504 "no example; the queues of bob's accounts" 200 "list_of(type == \"object\") and with_id($QUEUE_ID) and (with_id($OTHER_QUEUE_ID) | not)" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/inputports?username=bob&providerid=$LDAP_ID"

# Users (providerid=3 is the local provider here, providerid=129 the LDAP provider "Directory")

# 002:531  The reference's URL is not quoted, so a shell would end the command at "&" and run
# it without providerid; here the URL is quoted, as meant.
run 531 200 "userinfo and .userName == \"alice\" and .providerId == $LOCAL_ID and .id == $ALICE_ID and .email == \"alice@acme.test\"" \
    -X GET -H X-Api-Key:$KEY -k "$BASE/api/v1/users?username=alice&providerid=$LOCAL_ID"

# 002:543
run 543 200 "has_all([\"users\", \"nextPageToken\"]) and (.users | list_of(userinfo and .providerId == $LOCAL_ID)) and any(.users[]; .userName == \"alice\") and .nextPageToken == \"\"" \
    -X GET -H X-Api-Key:$KEY -k "$BASE/api/v1/users/all?providerid=$LOCAL_ID"

# 002:544  (quoted as at 531; pagetoken is the nextPageToken of a first page of one user)
run 544 200 "has_all([\"users\", \"nextPageToken\"]) and (.users | list_of(userinfo and .providerId == $LOCAL_ID)) and (.users | length) >= 3 and all(.users[]; .userName != \"$FIRST_USER\") and .nextPageToken == \"\"" \
    -X GET -H X-Api-Key:$KEY -k "$BASE/api/v1/users/all?providerid=$LOCAL_ID&pagetoken=$USERS_PAGE_TOKEN&maxrecords=100"

# 002:557
run 557 200 'eci' \
    -X PUT -H X-Api-Key:$KEY -d username=john.doe -d detailtype=3 -d detaildata=password1 -d detailtype=1 -d detaildata=john.doe@cool.com -k "$BASE/api/v1/users"
verify 557 "john.doe is a local user with a password and that e-mail" 200 "userinfo and .providerId == $LOCAL_ID and .email == \"john.doe@cool.com\" and .hasPassword == true" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/users?username=john.doe&providerid=$LOCAL_ID"

# 002:558
run 558 200 'eci' \
    -X PUT -H X-Api-Key:$KEY -d username=john.doe -d providerid=$LDAP_ID -d detailtype=3 -d detaildata=password1 -d detailtype=1 -d detaildata=john.doe@cool.com -k "$BASE/api/v1/users"
verify 558 "john.doe is a user of the LDAP provider too" 200 "userinfo and .providerId == $LDAP_ID and .email == \"john.doe@cool.com\"" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/users?username=john.doe&providerid=$LDAP_ID"

# 002:569
run 569 200 'eci' \
    -X DELETE -H X-Api-Key:$KEY -k "$BASE/api/v1/users/carol"
verify 569 "the LDAP provider's carol is kept" 200 "userinfo and .providerId == $LDAP_ID" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/users?username=carol&providerid=$LDAP_ID"

# 002:570
run 570 200 'eci' \
    -X DELETE -H X-Api-Key:$KEY -k "$BASE/api/v1/users/carol?providerid=$LDAP_ID"
verify 570 "no carol is left" 404 'eci' \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/users?username=carol"

# 002:585
run 585 200 'eci' \
    -X POST -H X-Api-Key:$KEY -d detailtype=3 -d detaildata=password1 -k "$BASE/api/v1/users/bob"

# 002:586
run 586 200 'eci' \
    -X POST -H X-Api-Key:$KEY -d providerid=$LDAP_ID -d detailtype=3 -d detaildata=password1 -k "$BASE/api/v1/users/bob"
verify 586 "the LDAP provider's bob has a password now" 200 "userinfo and .hasPassword == true" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/users?username=bob&providerid=$LDAP_ID"

# 002:579  No curl example: "An alias can be specified with "#PID" suffix where PID is a
# provider ID": the alias is the part before it.
verify 579 "no example; an alias with #PID" 200 'eci' \
    -X POST -H "X-Api-Key: $KEY" -d detailtype=7 -d "detaildata=john.doe@acme.com#$LDAP_ID" "$BASE/api/v1/users/john.doe"
verify 579 "the alias without its #PID" 200 'userinfo and .alias == "john.doe@acme.com"' \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/users?username=john.doe&providerid=$LOCAL_ID"

# 002:601
run 601 200 'eci' \
    -X POST -H X-Api-Key:$KEY --form-string "separator=;" -F "mapping=userName:0,firstName:1,lastName:2,email:3,group:4" -F "hasheader=false"  -F "group=Imported" -F"data=@users.csv" -k "$BASE/api/v1/users/import"
verify 601 "the imported user has the file's values and both groups" 200 'list_of(groupinfo) and ([.[].name] | sort) == ["Imported", "Scanning"]' \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/users/ivan/groups"

# 002:614
run 614 200 'eci' \
    -X POST -H "X-Api-Key: $KEY" -H "Authorization: Bearer $ADMIN_TOKEN" -k "$BASE/api/v1/users/alice/cards" -d cardid=CARD-0001

# 002:624 (first)
run "624 (first)" 200 "list_of(groupinfo) and [.[].id] == [$STAFF_ID]" \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/users/alice/groups"

# 002:624 (second)
run "624 (second)" 200 "list_of(groupinfo) and [.[].id] == [$STAFF_ID]" \
    -X GET -H  "X-Api-Key:$KEY" -k "$BASE/api/v1/users/mytestuser/groups"

# 002:635  The example of "Add local user to a list of provided groups" is a GET (with a body),
# so it lists the groups; the PUT its section describes follows as a check.
run 635 200 "list_of(groupinfo) and [.[].id] == [$STAFF_ID]" \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/users/alice/groups" -d groupid=$PRINTING_ID
verify 635 "the section's PUT adds the group" 200 'eci' \
    -X PUT -H "X-Api-Key: $KEY" -k "$BASE/api/v1/users/alice/groups" -d groupid=$PRINTING_ID
verify 635 "alice is in both groups" 200 "([.[].id] | sort) == ([$STAFF_ID, $PRINTING_ID] | sort)" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/users/alice/groups"

# 002:656
run 656 200 'eci' \
    -X DELETE -H "X-Api-Key: $KEY" -k "$BASE/api/v1/users/alice/groups" -d groupid=$PRINTING_ID
verify 656 "alice is in Staff only" 200 "[.[].id] == [$STAFF_ID]" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/users/alice/groups"

# Authentication provider: the reference's two bash scripts, with their own sed and cut

# 002:670
run 670 200 'account and .parentId == 0' \
    -X GET -H "X-Api-Key:$KEY" -k "$BASE/api/v1/account"
ACCOUNT_INFO=$(cat "$BODY")
ACCOUNT_INFO_SED=$(echo "$ACCOUNT_INFO" | sed -E 's/.*"id":\s*(\S+)(,|}|\s).*/\1/g')
ACCOUNT_ID=$(echo "$ACCOUNT_INFO_SED" | cut -f1 -d ',')

# 002:676  (-H "" is the key's header)
run 676 200 "has_all([\"providers\"]) and (.providers | list_of(has_all([\"id\", \"name\", \"providerType\", \"typeConfiguration\"]))) and (.providers | with_id($LOCAL_ID) and with_id($LDAP_ID))" \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/authproviders?accountid=$ACCOUNT_ID"
verify 676 "without X-Api-Key: the providers without their configuration" 200 '(.providers | length) >= 2 and all(.providers[]; has("name") and (has("typeConfiguration") | not))' \
    -X GET -k "$BASE/api/v1/authproviders?accountid=$ACCOUNT_ID"

# 002:698
run 698 200 'account and .parentId == 0' \
    -X GET -H "X-Api-Key:$KEY" -k "$BASE/api/v1/account"
ACCOUNT_INFO=$(cat "$BODY")
ACCOUNT_INFO_SED=$(echo "$ACCOUNT_INFO" | sed -E 's/.*"id":\s*(\S+)(,|}|\s).*/\1/g')
ACCOUNT_ID=$(echo "$ACCOUNT_INFO_SED" | cut -f1 -d ',')

# 002:704
run 704 200 'ecid' \
    -X PUT -H "X-Api-Key:$KEY" -k "$BASE/api/v1/authproviders" -d '{"name":"Acme LDAP","providerType":1,"typeConfiguration":"{\"baseDN\":\"dc=acme,dc=com\",\"groupBaseDN\":\"ou=groups,dc=acme,dc=com\",\"address\":\"ldap.acme.com\",\"port\":389,\"ssl\":true,\"userName\":\"cn=reader,dc=acme,dc=com\",\"password\":\"reader-secret\",\"active\":true,\"bindType\":0,\"searchMode\":0,\"userNameAttr\":\"uid\",\"fullNameAttr\":\"cn\",\"emailAttr\":\"mail\",\"cardId1Attr\":\"employeeNumber\",\"cardId2Attr\":\"pager\",\"shortIdAttr\":\"employeeID\",\"aliasAttr\":\"mailAlternateAddress\",\"homeFolderAttr\":\"homeDirectory\",\"userAttrClass\":\"inetOrgPerson\",\"groupAttrClass\":\"groupOfNames\",\"nonEmptyAttrs\":[\"uid\",\"cn\",\"mail\",\"employeeNumber\",\"pager\",\"employeeID\",\"mailAlternateAddress\",\"homeDirectory\"]}","accountId":'"$ACCOUNT_ID"',"priority":0,"active":true,"domainNames":["acme.com"],"id":0}'
NEW_PROVIDER_ID=$(last .id)
verify 704 "the provider is stored, its bind password not shown" 200 "any(.providers[]; .id == $NEW_PROVIDER_ID and .name == \"Acme LDAP\" and .providerType == 1 and .domainNames == [\"acme.com\"]) and (tostring | contains(\"reader-secret\") | not)" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/authproviders?accountid=$ACCOUNT_ID"

# 002:717
run 717 200 'eci' \
    -X DELETE -H "X-Api-Key: $KEY" -k "$BASE/api/v1/authproviders/$NEW_PROVIDER_ID"

# Access controls

# 002:734
run 734 200 "has_all([\"accessControls\"]) and (.accessControls | list_of(has_all([\"id\", \"roleName\"]))) and any(.accessControls[]; .roleName == \"Users\" and .groupDn == \"$STAFF_DN\")" \
    -X GET -H "X-Api-Key:$KEY" -k "$BASE/api/v1/accesscontrols?accountdomain=$ACCOUNT_DOMAIN"

# 002:755
run 755 200 'ecid' \
    -X PUT -H "X-Api-Key: $KEY" -k "$BASE/api/v1/accesscontrols?accountdomain=$ACCOUNT_DOMAIN" --data '{"authProviderId":'"$LDAP_ID"',"roleName":"Administrators","groupName":"Print admins","groupDn":"cn=print-admins,ou=groups,dc=acme,dc=com"}'
# "Before every DELETE operation call GET operation to check what is current ACL ID."
verify 755 "the GET before the DELETE finds it" 200 'any(.accessControls[]; .groupDn == "cn=print-admins,ou=groups,dc=acme,dc=com" and .roleName == "Administrators")' \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/accesscontrols?accountdomain=$ACCOUNT_DOMAIN"
ACCESS_CONTROL_ID=$(last '.accessControls[] | select(.groupDn == "cn=print-admins,ou=groups,dc=acme,dc=com") | .id')

# 002:769
run 769 200 'eci' \
    -X DELETE -H "X-Api-Key: $KEY" -k "$BASE/api/v1/accesscontrols/$ACCESS_CONTROL_ID?accountdomain=$ACCOUNT_DOMAIN"

# Locations

# 002:786
run 786 200 "list_of(location) and with_id($LOCATION_ID)" \
    -X GET -H "X-Api-Key:$KEY" -k "$BASE/api/v1/locations?locationtype=1&locationdata=192.168.1.100"

# 002:799
run 799 200 "location and .id == $LOCATION_ID and .name == \"Head office\"" \
    -X GET -H "X-Api-Key:$KEY" -k "$BASE/api/v1/locations/$LOCATION_ID"

# 002:809
run 809 200 'ecid' \
    -X POST -H "X-Api-Key: $KEY" -k "$BASE/api/v1/locations" --data-binary @- << EOF
{
        "name": "Location name",
        "identifiers": [
                {
                        "locationType": 1,
                        "stringData": [
                                "192.168.1.100"
                        ]
                }
        ]
}
EOF
NEW_LOCATION_ID=$(last .id)

# 002:829
run 829 200 "location and .id == $NEW_LOCATION_ID and .name == \"Location name\" and .identifiers == [{\"locationType\": 1, \"stringData\": [\"192.168.1.100\"]}]" \
    -X PUT -H "X-Api-Key: $KEY" -k "$BASE/api/v1/locations/$NEW_LOCATION_ID" --data-binary @- << EOF
{
        "name": "Location name",
        "identifiers": [
                {
                        "locationType": 1,
                        "stringData": [
                                "192.168.1.100"
                        ]
                }
        ]
}
EOF

# 002:850
run 850 200 "ecid and .id == $NEW_LOCATION_ID" \
    -X DELETE -H "X-Api-Key: $KEY" -k "$BASE/api/v1/locations/$NEW_LOCATION_ID"
verify 850 "the location is gone" 404 'eci' \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/locations/$NEW_LOCATION_ID"

# Card reader

# 002:864  "&amp;" is the reference's HTML for "&". The card reader is a trusted device's
# (docs/api.md: "GET/POST /card (a device only)"): the key alone is refused.
run 864 403 'eci and .errorCode == 403' \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/card/?cd=CARD-0001&Mac=10.0.0.111"
verify 864 "the same with the reader's device token releases alice's upload" 200 'eci and (.message | test("^1 document"))' \
    -X GET -H "X-Api-Key: $KEY" -H "Authorization: Bearer $DEVICE_TOKEN" -k "$BASE/api/v1/card/?cd=CARD-0001&Mac=10.0.0.111"
verify 864 "the upload is printed on Printer A" 200 "any(.documents[]; .uuid == \"$UPLOADED_UUID\" and .status == 1 and .outputPortId == $PRINTER_ID)" \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/documents/history?username=alice"

# Groups

# 002:873
run 873 200 "list_of(groupinfo) and with_id($STAFF_ID) and with_id($PRINTING_ID)" \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/groups"

# 002:884
run 884 200 'ecid' \
    -X PUT -H "X-Api-Key: $KEY" -k "$BASE/api/v1/groups" -d  groupname=Scanners -d groupdn=cn=scanners,ou=groups,dc=acme,dc=test
NEW_GROUP_ID=$(last .id)

# 002:893
run 893 200 'eci' \
    -X DELETE -H "X-Api-Key: $KEY" -k "$BASE/api/v1/groups/$NEW_GROUP_ID"
verify 893 "the group is gone" 404 'eci' \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/groups/$NEW_GROUP_ID"

# 002:903
run 903 200 "groupinfo and .id == $STAFF_ID and .name == \"Staff\"" \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/groups/$STAFF_ID"

# 002:913
run 913 200 'list_of(userinfo) and ([.[].userName] | sort) == ["alice", "mytestuser"]' \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/groups/$STAFF_ID/members"

# Terminal config

# 002:930
run 930 200 'ecid' \
    -X POST -H "X-Api-Key: $KEY" -k "$BASE/api/v1/terminalconfig" -d  domain=$ACCOUNT_DOMAIN -d name="Lobby MFP" -d vendor=ricoh -d adminuser=admin -d adminpassword=Terminal-Pass-1 -d applicationtype=1 -d devices=$PRINTER_ID
TERMINAL_CONFIG_ID=$(last .id)

# 002:942 (first)  The terminal's admin password is for a trusted device only (docs/api.md), so
# the key alone is refused even though it allows untrusted endpoints.
run "942 (first)" 403 'eci and .errorCode == 403' \
    -X GET -H "X-Api-Key: $KEY" "$BASE/api/v1/terminalconfig?serialnumber=SN-0001"

# 002:942 (second)
run "942 (second)" 200 "has_all([\"id\", \"name\", \"vendor\", \"domain\", \"devices\"]) and .id == $TERMINAL_CONFIG_ID and .name == \"Lobby MFP\" and .devices == [$PRINTER_ID] and .adminPassword == \"Terminal-Pass-1\"" \
    -X GET -H "X-Api-Key: $KEY" -H "Authorization: Bearer $DEVICE_TOKEN" "$BASE/api/v1/terminalconfig?serialnumber=SN-0001"

# Token

# 002:955
run 955 200 '(.token | type) == "string" and (.refreshToken | type) == "string" and (.expiresIn | type) == "number"' \
    -H "X-Api-Key: $KEY" -k "$BASE/api/v1/token?refresh_token=$REFRESH_TOKEN"

# Scan Connectors

# 002:967
run 967 200 "connector and .id == $CONNECTOR_ID and .name == \"Mailroom\"" \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/connectors/$CONNECTOR_ID"

# 002:974
run 974 200 "list_of(connector) and with_id($CONNECTOR_ID)" \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/connectors"

# 002:984
run 984 200 "connector and .id == $CONNECTOR_ID and .name == \"Connector\" and .connectorType == \"EMAIL\"" \
    -X PUT -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/connectors/$CONNECTOR_ID" --data "{\"name\":\"Connector\", \"connectorType\":\"EMAIL\"}"

# 002:993
run 993 200 "connector and .id != $CONNECTOR_ID and .name == \"Connector\" and .connectorType == \"EMAIL\"" \
    -X POST -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/connectors" --data "{\"name\":\"Connector\", \"connectorType\":\"EMAIL\"}"

# 002:1002  The example of "Delete scan connector" is a GET; the DELETE follows as a check.
run 1002 200 "connector and .id == $OLD_CONNECTOR_ID" \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/connectors/$OLD_CONNECTOR_ID"
verify 1002 "the section's DELETE" 204 '. == null' \
    -X DELETE -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/connectors/$OLD_CONNECTOR_ID"
verify 1002 "the connector is gone" 404 'eci' \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/scan/connectors/$OLD_CONNECTOR_ID"

# Scan Workflows

# 002:1014
run 1014 200 "workflow and .id == $WORKFLOW_ID and .name == \"Scan to archive\"" \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/workflows/$WORKFLOW_ID"

# 002:1021
run 1021 200 "list_of(workflow) and with_id($WORKFLOW_ID)" \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/workflows"

# 002:1031  A workflow of a name and a connector: a draft (inactive) linked to the connector.
run 1031 200 "workflow and .id == $WORKFLOW_ID and .name == \"Workflow\" and .connectorId == $CONNECTOR_ID and .active == false" \
    -X PUT -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/workflows/$WORKFLOW_ID" --data "{\"name\":\"Workflow\", \"connectorId\":$CONNECTOR_ID}"

# Workflow names are unique in ScanFlow (each names its inbox folder): the next example's
# "Workflow" clashes with the one just renamed, which is said, then the name is given back.
verify 1040 "a second workflow of the same name" 400 'eci and (.message | contains("already exists"))' \
    -X POST -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/workflows" --data "{\"name\":\"Workflow\", \"connectorId\":$CONNECTOR_ID}"
verify 1040 "the updated workflow takes another name" 200 "workflow and .connectorId == $CONNECTOR_ID" \
    -X PUT -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/workflows/$WORKFLOW_ID" --data '{"name":"Workflow (updated)"}'

# 002:1040
run 1040 200 "workflow and .name == \"Workflow\" and .connectorId == $CONNECTOR_ID and .active == false" \
    -X POST -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/workflows" --data "{\"name\":\"Workflow\", \"connectorId\":$CONNECTOR_ID}"
NEW_WORKFLOW_ID=$(last .id)
if [[ -n $NEW_WORKFLOW_ID ]]; then
    verify 1040 "the draft is stored with its connector" 200 "workflow and .connectorId == $CONNECTOR_ID and .active == false" \
        -H "X-Api-Key: $KEY" "$BASE/api/v1/scan/workflows/$NEW_WORKFLOW_ID"
fi

# 002:1049  The example of "Delete scan workflow" is a GET; the DELETE follows as a check.
run 1049 200 "workflow and .id == $OLD_WORKFLOW_ID" \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/workflows/$OLD_WORKFLOW_ID"
verify 1049 "the section's DELETE" 204 '. == null' \
    -X DELETE -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/workflows/$OLD_WORKFLOW_ID"
verify 1049 "the workflow is gone" 404 'eci' \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/scan/workflows/$OLD_WORKFLOW_ID"

# Scan Workflow Access (workflowId "100" and "1" are the workflow, identityId 2 the group Staff,
# then the user alice)

# 002:1061
run 1061 200 "access and .id == $ACCESS_ID and .workflowId == $WORKFLOW_ID and .identityId == $ALICE_ID and .identityType == \"User\"" \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/access/$ACCESS_ID"

# 002:1068
run 1068 200 "list_of(access) and with_id($ACCESS_ID)" \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/access"

# 002:1078
run 1078 200 "access and .id == $ACCESS_ID and .workflowId == $WORKFLOW_ID and .identityId == $STAFF_ID and .identityType == \"Group\"" \
    -X PUT -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/access/$ACCESS_ID" --data "{\"workflowId\":\"$WORKFLOW_ID\", \"identityId\":$STAFF_ID, \"identityType\":\"Group\"}"

# 002:1087
run 1087 200 "access and .id != $ACCESS_ID and .workflowId == $WORKFLOW_ID and .identityId == $ALICE_ID and .identityType == \"User\"" \
    -X POST -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/access" --data "{\"workflowId\":\"$WORKFLOW_ID\", \"identityId\":$ALICE_ID, \"identityType\":\"User\"}"

# 002:1096  The example of "Delete scan workflow access" is a GET; the DELETE follows as a check.
run 1096 200 "access and .id == $OLD_ACCESS_ID" \
    -X GET -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/access/$OLD_ACCESS_ID"
verify 1096 "the section's DELETE" 204 '. == null' \
    -X DELETE -H "X-Api-Key: $KEY" -k "$BASE/api/v1/scan/access/$OLD_ACCESS_ID"
verify 1096 "the rule is gone" 404 'eci' \
    -H "X-Api-Key: $KEY" "$BASE/api/v1/scan/access/$OLD_ACCESS_ID"

# Certificates (API_KEY is the bootstrap key; cacert.pem and chain.p12 are in the working folder)

# 002:1112
run 1112 200 'certinfo and .serial == "828286999265050717" and (.subject | test("ScanFlow Example CA"))' \
    -X POST -k -H X-Api-Key:$API_KEY -H Content-Type:application/octet-stream --data-binary "@cacert.pem" "$BASE/api/v1/certificate/ca"
CA_ALIAS=$(last .alias)

# 002:1128
run 1128 200 'list_of(certinfo) and length == 2 and (.[0].subject | test("localhost")) and (.[1].subject | test("ScanFlow Chain CA"))' \
    -X POST -k -H X-Api-Key:$API_KEY -F data="@chain.p12" -F password=changeit "$BASE/api/v1/certificate/chain"
CHAIN_ALIAS=$(last '.[0].alias')

# 002:1147
run 1147 200 "list_of(certinfo) and length == 1 and .[0].alias == \"$CA_ALIAS\" and .[0].serial == \"828286999265050717\"" \
    -k -H X-Api-Key:$API_KEY "$BASE/api/v1/certificate/ca?serial=828286999265050717"

# 002:1166
run 1166 200 "list_of(certinfo and (.subject | test(\"CA\"; \"i\"))) and any(.[]; .alias == \"$CHAIN_ALIAS\")" \
    -k -H X-Api-Key:$API_KEY "$BASE/api/v1/certificate/chain?subject=CA"

# 002:1174
run 1174 200 'eci' \
    -X DELETE -k -H X-Api-Key:$API_KEY "$BASE/api/v1/certificate/ca/$CA_ALIAS"
verify 1174 "the CA is gone" 200 'length == 0' \
    -k -H X-Api-Key:$API_KEY "$BASE/api/v1/certificate/ca?serial=828286999265050717"

# 002:1182
run 1182 200 'eci' \
    -X DELETE -k -H X-Api-Key:$API_KEY "$BASE/api/v1/certificate/chain/$CHAIN_ALIAS"
verify 1182 "the chain is gone" 200 "all(.[]; .alias != \"$CHAIN_ALIAS\")" \
    -k -H X-Api-Key:$API_KEY "$BASE/api/v1/certificate/chain"

# 002:1194
run 1194 200 'list_of(certinfo) and length >= 1 and all(.[]; .body | test("^[A-Za-z0-9+/]+=*$"))' \
    -k -H X-Api-Key:$API_KEY "$BASE/api/v1/certificate/root"

# --- the verdict ----------------------------------------------------------------------------

echo
if ! kill -0 "$server_pid" 2>/dev/null; then
    FAILURES+=("scanflowd is no longer running: $(tail -n 5 "$work/server.err")")
fi
if ((EXAMPLES != REFERENCE_CURLS)); then
    FAILURES+=("$EXAMPLES examples ran, but the reference has $REFERENCE_CURLS curl invocations")
fi
if [[ -r $reference ]]; then
    counted=$(grep -o 'curl \+-' "$reference" | wc -l)
    ((counted == REFERENCE_CURLS)) || FAILURES+=("the reference now has $counted curl invocations, not $REFERENCE_CURLS")
fi
echo "$EXAMPLES of the reference's $REFERENCE_CURLS curl examples ran, with $CHECKS checks of what they did"
if ((${#SERVER_ERRORS[@]})); then
    echo "${#SERVER_ERRORS[@]} answers were server errors (5xx):"
    printf '  %s\n' "${SERVER_ERRORS[@]}"
fi
if ((${#FAILURES[@]})); then
    echo "${#FAILURES[@]} failed:"
    printf '  %s\n' "${FAILURES[@]}"
    exit 1
fi
echo "all passed"
