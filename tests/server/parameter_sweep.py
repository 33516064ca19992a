#!/usr/bin/env python3
"""Every parameter of every endpoint of the management API, missing, empty, of the wrong type,
too long and repeated: not one answer may be a 5xx, and the server must neither crash nor stop
answering.

    tests/server/parameter_sweep.py /path/to/scanflowd

A fresh scanflowd (plain HTTP on loopback, a temporary data folder) is started; the setup makes a
real entity of each kind through the bootstrap key (a full-access advanced key that allows
unauthenticated requests and untrusted endpoints), a user token (POST /login as admin) and a
device token (a registered device). Then, for every endpoint of the table below (which must
cover every path and method of GET /openapi.json but the test destination's receiver):

  - the valid request, every parameter with a good value;
  - for each parameter: missing, empty, of the wrong type, 100 000 characters, repeated with
    another value, junk bytes (NUL, invalid UTF-8); a multipart file part also empty, without a
    file name, with a hostile file name; a JSON field (at any depth) also null, an object, an
    array, a fraction, 1e309, 2^63, a duplicate key;
  - for each path parameter: missing, empty, not a number, negative, 2^63, 10 000 characters,
    percent-encoded junk (%00, %ff, ..%2f);
  - for a JSON body: not JSON, empty, an array, nested 10 000 levels, trailing junk, invalid
    UTF-8; for a multipart body: not multipart, without or with the wrong boundary,
    unterminated, 1001 parts, a part head over 16 KiB; for a raw certificate body: junk.

Then a few 10 MB values (the server's VmRSS, from /proc/PID/status, may grow 200 MiB at most),
GET /version must still answer 200 and the process must still be alive.

The workflows deliver to, and trade OAuth codes at, a small HTTP server of this script (Target).

An answer with a status of 500 or more, a connection reset or no answer (but after an answer
that said it closes the connection) is a failure: each is printed with the request and the
answer. A crash is printed with the end of the server's stderr, and the server is started again
on the same data folder so the sweep goes on. Exit 1 if anything failed. With
SCANFLOW_SWEEP_TRACE=FILE every request's status, variant and answer are written to FILE.
"""

import base64
import copy
import http.client
import http.server
import json
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from datetime import datetime, timedelta, timezone

# --- the endpoints ---------------------------------------------------------------------------
#
# E(method, path, kind, params, body, auth, after)
#   path:   {name} is a value the setup made (Sweep.setup); {new_x} a throwaway entity made for
#           each request (Sweep.factory), so what deletes or consumes one never runs out.
#   kind:   how the parameters go: FORM (the query for GET, DELETE and HEAD, else an
#           x-www-form-urlencoded body), QUERY (always the query: /card), MULTI
#           (multipart/form-data parts), JSON (params in the query, `body` as the JSON body), RAW
#           (the body is a certificate, CERT_PEM).
#   params: "name[:type]=value ..." with type str (default), int, bool, date or file (the value
#           names a FILES entry); a name may appear twice (each is swept on its own); {u} is a
#           number unique to each request, for names that must be unique.
#   body:   the valid JSON body; "{#name}" is the setup's value as a JSON number.
#   auth:   KEY (X-Api-Key: the bootstrap key), USER (and Authorization: Bearer <admin's user
#           token>), DEVICE (and Authorization: Bearer <device token>), ANONYMOUS (no key, where
#           the endpoint lets it be left out); several: the first gets every variant, the others
#           the valid request and the variants of the parameters that name the user (WHO).
#   after:  a Sweep method called after each request the server accepted (200).
#   refusal: a status the valid request may get instead, where the setup's entity may be in a
#           state that refuses it (Cancel of a delivery that has already failed: 409).

NONE, FORM, QUERY, MULTI, JSON, RAW = "none", "form", "query", "multipart", "json", "raw"
KEY, USER, DEVICE, ANONYMOUS = "key", "user", "device", "no key"
WHO = ("username", "providerid")  # swept again with every further caller


class E:
    def __init__(self, method, path, kind=NONE, params="", body=None, auth=(KEY,), after=None, refusal=None):
        self.method, self.path, self.kind, self.body, self.auth, self.after = method, path, kind, body, auth, after
        self.refusal = refusal  # the one status the valid request may also get (its entity is in another state)
        self.slots = []  # (name, type, where, template)
        for token in params.split():
            name, template = token.split("=", 1)
            name, _, ptype = name.partition(":")
            where = "query" if kind in (QUERY, JSON, RAW) or (kind == FORM and method in ("GET", "DELETE", "HEAD")) else "body"
            self.slots.append((name, ptype or "str", where, template))


OUTPUT_PORT = ("domainname=localhost portname=SweepOut{u} address=printer{u}.sweep.example porttype:int=1 serviceid:int=1 vendor=ricoh "
               "embedded:bool=false printprotocol:int=1 outputtype:int=1 reversefinisher:bool=false printerippurl=ipp://10.0.9.9/ipp "
               "modelfamily:int=0 monochromeprinter:bool=false ipreaderaddress=10.0.8.{u} embeddedconfiguration:int=0 "
               "deviceserial=SN{u} matchinginputport:bool=false description=Sweep softwareCopyCollation:bool=false sendusername:bool=false")
CERT_FILTER = "subject=Sweep serial=123456 alias=sweep issuer=Sweep expiresin:int=30"
VERIFIER = "v" * 43
WORKFLOW = {  # every field of the workflow format (docs/workflow-format.md)
    "format": 1, "name": "Sweep {u}", "active": True, "userSpecific": False, "connectorId": "{#conn}",
    "destination": {
        "type": "api", "url": "{target}/records/[recordId]/files",
        "auth": {"type": "basic", "userSpecific": False, "login": "scanner", "password": "pw"},
        "steps": [
            {"kind": "request", "name": "Create record", "url": "{target}/records", "method": "POST", "body": "json",
             "jsonSource": "editor", "jsonTemplate": "{\"title\": \"[documentname]\", \"size\": [file_size]}", "params": [],
             "response": [{"key": "recordId", "selector": "data.id"}]},
            {"kind": "delivery", "name": "Upload", "fileField": "file", "method": "POST", "body": "multipart",
             "params": [{"key": "X-Source", "value": "scanflow", "type": "custom", "location": "header", "secret": False}],
             "response": [{"key": "uploadId", "selector": "/root/id"}]}],
        "metadata": {"enabled": True, "format": "json", "template": None, "inFormField": True, "formFieldName": "metadata"},
        "connection": {"verifyCertificates": True, "minTlsVersion": "1.2", "http2": True, "proxy": {"mode": "url", "url": "{target}",
                       "login": "p", "password": "p", "auth": "basic", "noProxy": "localhost"}, "connectTimeout": 5, "transferTimeout": 10}}}

ENDPOINTS = [
    E("GET", "/version"),
    E("GET", "/openapi.json"),
    E("GET", "/account", FORM, "domainname=localhost", auth=(KEY, USER)),
    E("HEAD", "/account", FORM, "domainname=localhost", auth=(KEY, ANONYMOUS)),
    E("PUT", "/account", FORM, "parentdomain=localhost accountname=Sweep{u} accounttype:int=3 domainname=a{u}.sweep.example domainname=b{u}.sweep.example applicationname=App trustallclients:bool=false locationid:int={loc}"),
    E("PATCH", "/account", FORM, "accountname=ScanFlow domainname=localhost applicationname=ScanFlow trustallclients:bool=false locationid:int={loc} locale=en defaultpapersize=A4 theme=blue", after="restore_root"),
    E("GET", "/account/containers"),
    E("PUT", "/account/container/{container2}", FORM, "domainname=c{u}.sweep.example containername=Box{u} applicationname=App locationid:int={loc}"),
    E("DELETE", "/account/container/{new_container}", FORM, "withsubnodes:bool=true"),
    E("POST", "/login", FORM, "authtype:int=0 userid=admin password={adminpw} providerid:int=1"),
    E("POST", "/login", FORM, "authtype:int=1 userid=CARD-SWEEP password=", auth=(DEVICE,)),
    E("GET", "/token", FORM, "refresh_token={refresh1}"),
    E("POST", "/oauth/v1/token", FORM, "grant_type=refresh_token refresh_token={refresh2}"),
    E("POST", "/oauth/v1/token", FORM, "grant_type=urn:scanflow:grant-type:registration-code code={new_devcode}"),
    E("POST", "/oauth/v1/revoke", FORM, "token={token3}"),
    E("GET", "/users", FORM, "username=sweeper providerid:int=1"),
    E("GET", "/users/all", FORM, "providerid:int=1 maxrecords:int=10 pagetoken:int=1 search=swe"),
    E("PUT", "/users", FORM, "username=u{u} providerid:int=1 detailtype:int=0 detaildata=Full detailtype:int=1 detaildata=u{u}@sweep.example"),
    E("DELETE", "/users/{new_user}", FORM, "providerid:int=1"),
    E("POST", "/users/{sweeper}", FORM, "providerid:int=1 detailtype:int=0 detaildata=Sweep_Er"),
    E("POST", "/users/{sweeper}", FORM, "providerid:int=1 detailtype:int=3 detaildata=pw-sweeper-2"),
    E("POST", "/users/import", MULTI, "data:file=users.csv group=SweepImport mapping=userName:0,firstName:1,lastName:2,email:3,group:4 separator=; hasheader:bool=true async:bool=false"),
    E("POST", "/users/{sweeper}/cards", FORM, "providerid:int=1 cardid=C{u}"),
    E("GET", "/users/{sweeper}/groups", FORM, "providerid:int=1"),
    E("PUT", "/users/{sweeper}/groups", FORM, "providerid:int=1 groupid={group} groupid=cn=sweep2"),
    E("POST", "/users/{sweeper}/groups", FORM, "providerid:int=1 groupid={group}"),
    E("DELETE", "/users/{sweeper}/groups", FORM, "providerid:int=1 groupid=cn=sweep2"),
    E("GET", "/groups"),
    E("PUT", "/groups", FORM, "groupname=G{u} groupdn=cn=g{u}"),
    E("GET", "/groups/{group}"),
    E("DELETE", "/groups/{new_group}"),
    E("GET", "/groups/{group}/members"),
    E("GET", "/documents", FORM, "status=0,1 status=5 maxRecords:int=10", auth=(USER,)),
    E("GET", "/documents/history", FORM, "maxrecords:int=10 datestart:date={hour_ago} dateend:date={soon} domainname=localhost username=admin portname=SweepOut status=1 jobtype=PRINT"),
    E("GET", "/documents/history", FORM, "pagetoken={history_token} maxrecords:int=1"),
    E("POST", "/documents/history", FORM, "jobtype=PRINT totalpages:int=3 colorpages:int=1 papersize=A4 duplex:bool=true title=Job serialnumber=SN-SWEEP address=10.0.0.50 username=admin providerid:int=1 datetime:date=2024-01-01T10:00:00+01:00", auth=(KEY, USER)),
    E("PUT", "/documents", MULTI, "providerid:int=1 data:file=doc.pdf username=admin portname=SweepIn title=doc.pdf copies:int=2 grayscale:bool=true duplex:int=1 outputpagesize=A4 pageorientation:int=1 scale:int=90", auth=(KEY, USER)),
    E("DELETE", "/documents/{new_doc}", auth=(KEY, USER)),
    E("POST", "/documents/{new_doc}/{outaddr}", FORM, "copies:int=1 grayscale:bool=false retain:bool=false duplex:int=0"),
    E("GET", "/documents/{new_doc}.content", FORM, "copies:int=1 grayscale:bool=false retain:bool=false duplex:int=0"),
    E("GET", "/card", QUERY, "cd=CARD-SWEEP Mac=10.0.0.51", auth=(DEVICE,)),
    E("POST", "/card", QUERY, "cd=CARD-SWEEP Mac=10.0.0.51", auth=(DEVICE,)),
    E("GET", "/outputports", FORM, "providerid:int=1 username=sweeper enrichPorts:bool=true"),
    E("POST", "/outputports", FORM, OUTPUT_PORT),
    E("PUT", "/outputports", FORM, "id:int={out2} " + OUTPUT_PORT),
    E("PATCH", "/outputports/{out3}", FORM, OUTPUT_PORT),
    E("PUT", "/outputports/{new_out}/move", FORM, "domainname=localhost destinationdomainname=sweep-container.example"),
    E("DELETE", "/outputports/{new_out}"),
    E("GET", "/inputports", FORM, "providerid:int=1 username=sweeper locationids:int={loc} locationids:int={loc2} enrichPorts:bool=true", auth=(KEY, USER)),
    E("PUT", "/inputports", FORM, "id:int={in2} domainname=localhost portname=SweepIn2 porttype:int=1 outputportid:int={out} portFlags:int=1 locationid:int={loc}"),
    E("DELETE", "/inputports/{new_in}"),
    E("GET", "/authproviders", FORM, "accountid:int={root}", auth=(KEY, ANONYMOUS)),
    E("PUT", "/authproviders", JSON, body={"name": "AP{u}", "providerType": 1, "typeConfiguration": "{\"address\":\"127.0.0.1\",\"port\":389,\"password\":\"secret\",\"nested\":{\"a\":1}}",
                                          "accountId": "{#root}", "priority": 1, "active": False, "domainNames": ["ap.sweep.example"], "id": "{#ap}"}),
    E("DELETE", "/authproviders/{new_ap}"),
    E("GET", "/accesscontrols", FORM, "accountdomain=sweep-container.example permissionsdomain=localhost"),
    E("PUT", "/accesscontrols", JSON, "accountdomain=localhost", {"authProviderId": 1, "roleName": "Users", "userName": "sweeper", "groupName": "", "groupDn": ""}),
    E("DELETE", "/accesscontrols/{new_acl}", FORM, "accountdomain=localhost"),
    E("GET", "/locations", FORM, "locationtype:int=1 locationdata=10.0.0.1 locationtype:int=2 locationdata=10.2.0.0/16", auth=(KEY, USER)),
    E("GET", "/locations/{loc}", auth=(KEY, USER)),
    E("POST", "/locations", JSON, body={"name": "L{u}", "identifiers": [{"locationType": 3, "stringData": ["10.3.0.1-10.3.0.9"]}, {"locationType": 4, "stringData": ["wifi"]}]}),
    E("PUT", "/locations/{loc2}", JSON, body={"name": "Sweep loc 2", "identifiers": [{"locationType": 2, "stringData": ["10.2.0.0/16"]}]}),
    E("DELETE", "/locations/{new_loc}"),
    E("POST", "/terminalconfig", FORM, "domain=localhost name=TC{u} vendor=ricoh adminuser=admin adminpassword=secret applicationtype:int=1 devices:int={out} devices:int={out2}"),
    E("GET", "/terminalconfig", FORM, "serialnumber=SN-SWEEP", auth=(DEVICE,)),
    E("GET", "/devices"),
    E("POST", "/devices", JSON, body={"name": "Dev{u}", "codeValidHours": 24}),
    E("DELETE", "/devices/{new_device}"),
    E("GET", "/scan/connectors"),
    E("GET", "/scan/connectors/{conn}"),
    E("POST", "/scan/connectors", JSON, body={"name": "C{u}", "connectorType": "EMAIL", "description": "d", "active": True}),
    E("PUT", "/scan/connectors/{conn2}", JSON, body={"name": "Sweep conn 2", "connectorType": "FOLDER", "description": "d", "active": False}),
    E("DELETE", "/scan/connectors/{new_conn}"),
    E("POST", "/certificate/ca", RAW, body="cert.pem"),
    E("POST", "/certificate/chain", MULTI, "password=changeit data:file=chain.p12"),
    E("POST", "/certificate/chain/create", FORM, "hostnames=sweep.example,127.0.0.1,::1 organisation=Sweep validdays:int=30"),
    E("GET", "/certificate/ca", FORM, CERT_FILTER),
    E("GET", "/certificate/chain", FORM, CERT_FILTER),
    E("DELETE", "/certificate/ca/{new_ca}"),
    E("DELETE", "/certificate/chain/{new_chain}"),
    E("GET", "/certificate/root"),
    E("GET", "/apikeys"),
    E("GET", "/apikeys/permissions"),
    E("POST", "/apikeys", JSON, body={"name": "K{u}", "advancedPermissions": True, "permissions": ["ViewAccount", "ViewUser"],
                                      "allowUnauthenticated": True, "allowUntrustedEndpoints": False, "onBehalfOfUsers": False}),
    E("DELETE", "/apikeys/{new_key}"),
    E("GET", "/scan/workflows"),
    E("GET", "/scan/workflows/{wf_shared}"),
    E("POST", "/scan/workflows", JSON, body=WORKFLOW),
    E("PUT", "/scan/workflows/{wf_put}", JSON, "revokeUserAuthorizations=false", {"name": "Sweep put", "connectorId": "{#conn}", "active": True, "userSpecific": True}),
    E("DELETE", "/scan/workflows/{new_wf}"),
    E("POST", "/scan/workflows/{wf_shared}/deliveries", MULTI, "data:file=scan.pdf username=admin providerid:int=1 title=Scan terminal.costCenter=CC-1", auth=(KEY, USER)),
    E("GET", "/scan/workflows/{wf_shared}/authorization"),
    E("PUT", "/scan/workflows/{wf_shared}/authorization", JSON, body={"authorization": {"code": "c0de", "codeVerifier": VERIFIER, "redirectUri": "http://127.0.0.1/cb"}}),
    E("PUT", "/scan/workflows/{wf_shared}/authorization", JSON, body={"token": {"accessToken": "at", "refreshToken": "rt", "expiresIn": 3600}}),
    E("DELETE", "/scan/workflows/{wf_shared}/authorization"),
    E("GET", "/scan/workflows/{wf_private}/authorizations"),
    E("GET", "/workplace/destinations", auth=(USER,)),
    E("GET", "/workplace/destinations/{wf_private}", auth=(USER,)),
    E("PUT", "/workplace/destinations/{wf_private}", JSON, body={"values": {"customerCode": "C-1"}, "login": "me", "password": "pw"}, auth=(USER,)),
    E("PUT", "/workplace/destinations/{wf_oauth}", JSON, body={"values": {"tenant": "T"}, "authorization": {"code": "c0de", "codeVerifier": VERIFIER, "redirectUri": "http://127.0.0.1/cb"},
                                                             "token": {"accessToken": "at", "expiresIn": 60}}, auth=(USER,)),
    E("DELETE", "/workplace/destinations/{wf_private}", auth=(USER,)),
    E("GET", "/scan/access"),
    E("GET", "/scan/access/{access}"),
    E("POST", "/scan/access", JSON, body={"workflowId": "{#wf_shared}", "identityId": "{#sweeper_id}", "identityType": "User", "access": "Allow"}),
    E("PUT", "/scan/access/{access2}", JSON, body={"workflowId": "{wf_put}", "identityId": "{#group}", "identityType": "Group", "access": "Deny"}),
    E("DELETE", "/scan/access/{new_access}"),
    E("GET", "/cluster"),
    E("GET", "/deliveries", FORM, "workflowid:int={wf_shared} state=queued username=admin maxrecords:int=10"),
    E("GET", "/deliveries", FORM, "pagetoken={deliveries_token} maxrecords:int=1"),
    E("GET", "/deliveries/{delivery}"),
    E("POST", "/scan/workflows/{wf_put}/trial", MULTI, "workflow={trial_workflow} uptostep:int=0 data:file=scan.pdf"),
    E("GET", "/workplace/workflows", auth=(USER,)),
    E("POST", "/workplace/workflows/{wf_shared}/deliveries", MULTI, "data:file=scan.pdf title=Scan terminal.costCenter=CC-1", auth=(USER,)),
    E("GET", "/workplace/deliveries/{delivery}", auth=(USER,), refusal=404),
    E("GET", "/deliveries/changes", FORM, "since:int=0 wait:int=0 maxrecords:int=10"),
    E("POST", "/deliveries/{delivery}/retry", refusal=409),
    E("POST", "/deliveries/{delivery}/cancel", refusal=409),
    E("GET", "/inbox", FORM, "since:date=2020-01-01T00:00:00Z"),
]

FILES = {  # name: (file name, content, content type)
    "doc.pdf": ("doc.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "application/pdf"),
    "scan.pdf": ("scan.pdf", b"%PDF-1.4\n% a scan\n%%EOF\n", "application/pdf"),
    "users.csv": ("users.csv", b"userName;firstName;lastName;email;group\nimp1;Imp;One;imp1@sweep.example;SweepImportA\n"
                               b"\"imp2\";\"Imp;Two\";Two;imp2@sweep.example;\n", "text/csv"),
}
# A self-signed EC certificate (valid until 2126) and the same with its key as PKCS#12, password
# "changeit" (openssl req -x509 -newkey ec …; openssl pkcs12 -export …).
CERT_PEM = b"""-----BEGIN CERTIFICATE-----
MIIBoTCCAUegAwIBAgIUKRSoxi5F7N9dHykbCL5jYvO78XAwCgYIKoZIzj0EAwIw
JTETMBEGA1UEAwwKU3dlZXAgVGVzdDEOMAwGA1UECgwFU3dlZXAwIBcNMjYxMjAx
MTkwNzE2WhgPMjEyNjExMDcxOTA3MTZaMCUxEzARBgNVBAMMClN3ZWVwIFRlc3Qx
DjAMBgNVBAoMBVN3ZWVwMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEkTrMZWNK
KYdi0YChcIUB9bZJ/Je8C4UCFlB5TSiHCe8SFD7lNR5c95eZbdpo/t/g+etPrWO2
aIELL9Vo8Gv5o6NTMFEwHQYDVR0OBBYEFKQIjcEutZxvLPfsalHpYemj3an+MB8G
A1UdIwQYMBaAFKQIjcEutZxvLPfsalHpYemj3an+MA8GA1UdEwEB/wQFMAMBAf8w
CgYIKoZIzj0EAwIDSAAwRQIhAKnqOQKSETnWoRL8dLoeSfdlf+6TVs+PKmq7KxYR
RNN+AiABcvPx7cEengD4hoHeRF7t/N931txuTyI590xhCQ63Tg==
-----END CERTIFICATE-----
"""
CHAIN_P12 = (
    "MIIELAIBAzCCA+IGCSqGSIb3DQEHAaCCA9MEggPPMIIDyzCCAoIGCSqGSIb3DQEHBqCCAnMwggJvAgEAMIICaAYJKoZIhvcNAQcBMFcGCSqGSIb3DQEFDTBKMCkGCSqG"
    "SIb3DQEFDDAcBAhPSeLwatPNJAICCAAwDAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEJEgwRuZ5XbauXEwRazttbGAggIAe0RA+mRJUmdgiKkeePjvL5nWU2wBoSvu"
    "fyeF5nxpUZJ8APAOsQyz+11ZroFMfw4ZjkMOwKsc8AGg+59q3qSUepWxLTyXuuuaugMxkhKdTZjqFMPe0lQgcPtKtCfpktKkNHCAWRGGG5sUlT41KGqG6HywI1S78lpL"
    "WRkTXSe+pmCkQZtAokv3se2r7p3wnJwV+3NJ0Kx28+Xs7zjM/vGmQb03n60yLeJarK5JHMJBuv9PYmcXdw75KPUb/lh7dXVFlxTWtlU0481aq6SbSIVb7W0dz1Jjykj8"
    "oYo6Hri5Z/QHGklqWmF2wdRDs1Auw9c2D0a5m/fh9JaXAgSSZ3/GoQywyNZ4vGDtnz+9bqTAzx81A8+x4VP8Wp5OZZ/lNMeIyByHGZ2F58d8yg9Vr0krVXZ5uQuQFGaY"
    "yFocNWO5k78DxB4PGv53LZGtPq0nctEvxsPw9cHqR017ZH9uDlegGcTJuUc4tj9uUY72hGg4DfSr1neylUZ69XItXWezETWOMWY34UKAYRASr/dL/KYrcPs4n53/gVVz"
    "Q3/uOoUqrfUQ+s7rMU72AETqP/aaQIm0WibWkCni1akHIHxFVaGOU65LfjLzN6YFWQ4Ca+2nFStvjf1Cy/9CBM8Shsfy84Mg1T2PWm66lKzIOemsD4EylnixwbnkXSdd"
    "mhtrhkn9MqQwggFBBgkqhkiG9w0BBwGgggEyBIIBLjCCASowggEmBgsqhkiG9w0BDAoBAqCB7zCB7DBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQItt+iHSx0"
    "mgUCAggAMAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBCse2d80df3vmTFTt6P65U4BIGQwIwQzWIFBqB8JcGqKHiHVdmU1+GrzwkxNUJwas03sZEu0fiKnolvZ0FF"
    "RPOEc2wR9o6KdWYUDTcTfdNX5yCfMDff9eeDhFj4Ko4R1vyvq6iDmuvqC5ZRbH8MEooAr8GuFTg37qW5N8z+4s40MZFu39FhhpU4i8WXNWZYxF1gLn9aHiKzmLfUV+19"
    "1nVlZqF+MSUwIwYJKoZIhvcNAQkVMRYEFA86nS0NPZzSpTGfz0uXCtebPb/yMEEwMTANBglghkgBZQMEAgEFAAQg3FtJEstbRyKHgCSbgjSnDlMpiE/EZjJkoNfLl+rZ"
    "EKYECCXlfrX1sGHHAgIIAA==")
FILES["chain.p12"] = ("chain.p12", base64.b64decode(CHAIN_P12), "application/x-pkcs12")

# The big values, each sent twice: (method, path of a table line, the parameter or JSON field
# made big, MiB). PUT /documents and the deliveries take bodies up to 200 MB (split into parts
# as they arrive, text parts 1 MiB at most); POST /outputports has the 8 MiB limit (refused on
# its head); the 7 MiB values, just under it, are read and parsed.
HUGE = [
    ("PUT", "/documents", "title", 10),
    ("POST", "/scan/workflows/{wf_shared}/deliveries", "terminal.costCenter", 10),
    ("PUT", "/documents", "data", 10),
    ("POST", "/outputports", "description", 10),
    ("POST", "/oauth/v1/revoke", "token", 7),
    ("POST", "/apikeys", "permissions", 7),
]
# SCANFLOW_SWEEP_RSS_LIMIT_MIB=0 leaves it unchecked: the AddressSanitizer build keeps freed
# memory in quarantine, so its RSS says nothing about the server's.
RSS_LIMIT_KIB = int(os.environ.get("SCANFLOW_SWEEP_RSS_LIMIT_MIB", "200")) * 1024
TIMEOUT = 30  # seconds for one answer
# SCANFLOW_SWEEP_TRACE=FILE writes every request's status, target, variant and answer there.
TRACE = open(os.environ["SCANFLOW_SWEEP_TRACE"], "w") if os.environ.get("SCANFLOW_SWEEP_TRACE") else None

# --- the variants ----------------------------------------------------------------------------

LONG = 100_000
GOOD = object()         # the parameter's good value
OTHER = object()        # another good-looking value of its type
AS_TEXT = object()      # a file's content as a text part, without a file name
NO_VALUE = object()     # the name alone, without "=" (form and query)
JUNK = b"\x00\xff\xfe'\"<>&;%00\r\n"


class Verbatim(str):
    """A value sent as it is, not percent-encoded (form and query)."""


def other_value(ptype, good):
    if ptype == "bool":
        return "false" if good == "true" else "true"
    if ptype == "int":
        return str(int(good) + 1) if good.lstrip("-").isdigit() else "2"
    return "2020-01-01T00:00:00Z" if ptype == "date" else "other"


def form_variants(ptype, where):
    """(label, values) for one form, query or multipart text parameter; [] is missing."""
    yield "missing", []
    yield "empty", [""]
    if ptype == "int":
        wrong = [("text", "abc"), ("fraction", "1.5"), ("negative", "-1"), ("2^63", "9223372036854775808"), ("1e309", "1e309")]
        long = "9" * LONG
    elif ptype == "bool":
        wrong = [("maybe", "maybe"), ("2", "2")]
        long = "true" * (LONG // 4)
    elif ptype == "date":
        wrong = [("not a date", "yesterday"), ("impossible date", "2021-13-45T25:61:61Z"), ("year 99999", "99999-01-01T00:00:00Z")]
        long = "2021-" * (LONG // 5)
    else:
        wrong = [("a number", "12345")]
        long = "x" * LONG
    for label, value in wrong:
        yield "wrong type (%s)" % label, [value]
    yield "100 000 characters", [long]
    if where == "query":  # 100 000 characters pass the 32 KiB head limit in a query: 431
        yield "30 000 characters", [long[:30_000]]
    yield "repeated", [GOOD, OTHER]
    if where == "part":
        yield "junk bytes", [JUNK]
    else:  # NUL, invalid UTF-8 and broken escapes once decoded
        yield "junk bytes, malformed percent-encoding", [Verbatim("%00%FF%FE'%22%3C%3E%26;%0D%0A%zz%e9%")]
    yield "the name alone (no =, no part body)", [NO_VALUE]


def file_variants():
    yield "missing", []
    yield "empty file", [("file.pdf", b"", "application/pdf")]
    yield "no file name (a text part)", [AS_TEXT]
    yield "repeated", [GOOD, GOOD]
    yield "100 000 bytes of junk", [("junk.bin", os.urandom(LONG), "application/octet-stream")]
    yield "file name ../../", [("../../../../etc/passwd", b"x", "text/plain")]
    yield "file name 300 characters", [("n" * 300 + ".pdf", b"%PDF-1.4\n", "application/pdf")]
    yield "file name 10 000 characters", [("n" * 10_000 + ".pdf", b"%PDF-1.4\n", "application/pdf")]
    yield "file name with NUL", [(b"a\x00b.pdf", b"%PDF-1.4\n", "application/pdf")]
    yield "file name invalid UTF-8", [(b"\xff\xfe.pdf", b"%PDF-1.4\n", "application/pdf")]
    yield "file name with quotes", [('a"b;\\.pdf', b"%PDF-1.4\n", "application/pdf")]


def json_leaf_variants(value, nested):
    """(label, raw JSON text) for one field of a JSON body; None is missing, DUPLICATE a duplicate
    key. A nested field gets the two first wrong types only."""
    yield "missing", None
    yield "null", "null"
    if isinstance(value, bool):
        wrong = [("text", '"maybe"'), ("number 2", "2"), ('"true"', '"true"'), ("object", "{}"), ("array", "[]")]
        long = json.dumps("t" * LONG)
    elif isinstance(value, int):
        wrong = [("text", '"abc"'), ("fraction", "1.5"), ("numeric text", '"12"'), ("negative", "-1"), ("2^63", "9223372036854775808"),
                 ("1e309", "1e309"), ("bool", "true"), ("object", "{}"), ("array", "[1]")]
        long = "1" + "0" * LONG
    elif isinstance(value, str):
        wrong = [("number", "123"), ("object", '{"a": 1}'), ("empty", '""'), ("bool", "true"), ("array", '["x"]'),
                 ("junk", '"\\u0000\\ud800<\\/>\'..\\/..\\/x\\r\\n"')]
        long = json.dumps("x" * LONG)
    elif isinstance(value, dict):
        wrong = [("text", '"x"'), ("array", "[]"), ("empty object", "{}"), ("number", "1"), ("nested 1000 deep", '{"a":' * 1000 + "1" + "}" * 1000)]
        long = json.dumps({"k%d" % i: "v" for i in range(10_000)})
    elif isinstance(value, list):
        wrong = [("text", '"x"'), ("object", "{}"), ("empty array", "[]"), ("number", "1"), ("mixed", '[null, 1, "x", {}, [], true, 1.5]')]
        long = "[" + ",".join([json.dumps(value[0]) if value else '"x"'] * 10_000) + "]"
    else:  # null
        wrong = [("text", '"x"'), ("number", "1"), ("object", "{}"), ("array", "[]")]
        long = json.dumps("x" * LONG)
    yield from (("wrong type (%s)" % label, raw) for label, raw in (wrong[:2] if nested else wrong))
    yield "too long", long
    yield "duplicate key", DUPLICATE


DUPLICATE = "duplicate"


def json_body_variants(good):
    """(label, raw body, content type) for a JSON endpoint's whole body."""
    yield "empty body", b"", "application/json"
    yield "not JSON", b"{not json", "application/json"
    yield "an array", b"[]", "application/json"
    yield "an array holding the object", b"[" + good + b"]", "application/json"
    yield "null", b"null", "application/json"
    yield "a string", b'"x"', "application/json"
    yield "a number", b"1e309", "application/json"
    yield "10 000 nested arrays", b"[" * 10_000 + b"]" * 10_000, "application/json"
    yield "10 000 nested objects", b'{"a":' * 10_000 + b"1" + b"}" * 10_000, "application/json"
    yield "trailing junk", good + b" }x", "application/json"
    yield "invalid UTF-8", b'{"name": "\xc3\x28\xff", "\xfe": 1}', "application/json"
    yield "byte order mark", b"\xef\xbb\xbf" + good, "application/json"
    yield "NUL bytes", good[:-1] + b"\x00\x00}", "application/json"
    yield "labelled form-urlencoded (curl --data)", good, "application/x-www-form-urlencoded"
    yield "form-urlencoded", b"name=x&id=1&a=%00", "application/x-www-form-urlencoded"


BOUNDARY = b"sweep-boundary-7MA4YWxkTrZu0gW"


def multipart_body_variants(good_parts):
    """(label, raw body, content type) for a multipart endpoint's whole body."""
    form = "multipart/form-data; boundary=" + BOUNDARY.decode()
    text = [(n, v) for n, v in good_parts if not isinstance(v, tuple)]
    yield "form-urlencoded instead", urllib.parse.urlencode(text).encode(), "application/x-www-form-urlencoded"
    yield "no boundary", multipart(good_parts), "multipart/form-data"
    yield "another boundary", multipart(good_parts), "multipart/form-data; boundary=not-this-one"
    yield "quoted boundary", multipart(good_parts), 'multipart/form-data; boundary="%s"' % BOUNDARY.decode()
    yield "unterminated", multipart(good_parts, close=False), form
    yield "cut in a part", multipart(good_parts)[:60], form
    yield "empty body", b"", form
    yield "junk", b"\x00\xff" * 500, form
    yield "a part without headers", b"--" + BOUNDARY + b"\r\n\r\nvalue\r\n--" + BOUNDARY + b"--\r\n", form
    yield "a part without a name", b"--" + BOUNDARY + b"\r\nContent-Disposition: form-data\r\n\r\nv\r\n--" + BOUNDARY + b"--\r\n", form
    yield "1001 parts", multipart(good_parts + [("p%d" % i, "v") for i in range(1001)]), form
    yield "a part head over 16 KiB", multipart([("x" * 17_000, "v")] + good_parts), form
    yield "LF line ends", multipart(good_parts).replace(b"\r\n", b"\n"), form


def raw_body_variants(good):
    yield "empty body", b""
    yield "junk", b"\x00\xff" * 500
    yield "PEM cut in half", good[: len(good) // 2]
    yield "PEM with junk base64", b"-----BEGIN CERTIFICATE-----\n!!!!notbase64@@@@\n-----END CERTIFICATE-----\n"
    yield "two PEM certificates", good + good
    yield "PEM with CRLF", good.replace(b"\n", b"\r\n")
    yield "empty PEM block", b"-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n"
    yield "100 000 bytes of junk", os.urandom(LONG)
    yield "a private key", b"-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n"


PATH_VARIANTS = [
    ("missing segment", None), ("empty segment", ""), ("not a number", "abc"), ("zero", "0"), ("negative", "-1"),
    ("fraction", "1.5"), ("2^63", "9223372036854775808"), ("10 000 characters", "1" * 10_000), ("%00", "%00"), ("%ff", "%ff"),
    ("..%2f", "..%2f..%2fversion"), ("dot-dot", ".."), ("%2f inside", "1%2f2"), ("malformed %", "%zz%"),
]


def multipart(parts, close=True, boundary=BOUNDARY):
    def enc(s):
        return s if isinstance(s, bytes) else str(s).encode("utf-8", "surrogatepass")
    out = bytearray()
    for name, value in parts:
        out += b"--" + boundary + b"\r\n"
        if value is NO_VALUE:  # a part head without its blank line and body
            out += b'Content-Disposition: form-data; name="' + enc(name) + b'"\r\n'
        elif isinstance(value, tuple):
            file_name, content, ctype = value
            out += b'Content-Disposition: form-data; name="' + enc(name) + b'"; filename="' + enc(file_name) + b'"\r\n'
            out += b"Content-Type: " + enc(ctype) + b"\r\n\r\n" + content + b"\r\n"
        else:
            out += b'Content-Disposition: form-data; name="' + enc(name) + b'"\r\n\r\n' + enc(value) + b"\r\n"
    if close:
        out += b"--" + boundary + b"--\r\n"
    return bytes(out)


def json_paths(value, prefix=()):
    """Every field of a JSON value, at any depth (a list: its first element)."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield prefix + (k,), v
            yield from json_paths(v, prefix + (k,))
    elif isinstance(value, list) and value and isinstance(value[0], (dict, list)):
        yield prefix + (0,), value[0]
        yield from json_paths(value[0], prefix + (0,))


SENTINEL = "\u0001sweep\u0001"


def json_variant(body, path, raw):
    """The body's JSON text with the field at `path` missing (raw None), duplicated, or replaced by raw text."""
    body = copy.deepcopy(body)
    parent = body
    for p in path[:-1]:
        parent = parent[p]
    key = path[-1]
    good = json.dumps(parent[key])
    if raw is None:
        del parent[key]
        return json.dumps(body)
    parent[key] = SENTINEL
    text = json.dumps(body)
    mark = json.dumps(SENTINEL)
    if raw is DUPLICATE:
        if isinstance(key, int):
            return text.replace(mark, good + ", " + good, 1)
        other = '"other"' if isinstance(parent.get(key), str) else "2"
        return text.replace(json.dumps(key) + ": " + mark, "%s: %s, %s: %s" % (json.dumps(key), good, json.dumps(key), other), 1)
    return text.replace(mark, raw, 1)


# --- the server and the connection -----------------------------------------------------------

class Server:
    def __init__(self, binary, work):
        self.binary, self.work = binary, work
        self.data, self.keyfile = os.path.join(work, "data"), os.path.join(work, "secrets.key")
        self.proc, self.starts = None, 0
        self.url = self.key = self.password = None

    def start(self):
        self.starts += 1
        self.out_path = os.path.join(self.work, "server%d.out" % self.starts)
        self.err_path = os.path.join(self.work, "server%d.err" % self.starts)
        with open(self.out_path, "wb") as out, open(self.err_path, "wb") as err:
            self.proc = subprocess.Popen([self.binary, "serve", "--port", "0", "--data", self.data, "--secrets-key-file", self.keyfile],
                                         stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        deadline, url = time.monotonic() + 20, None
        while time.monotonic() < deadline and self.proc.poll() is None:
            with open(self.out_path, encoding="utf-8", errors="replace") as f:
                for line in f.read().splitlines():
                    if line.startswith("listening "):
                        url = line.split()[1]
                    elif line.startswith("bootstrap admin user"):
                        self.password = line.split(" / ", 1)[1].strip()
                    elif line.startswith("bootstrap API key"):
                        self.key = line.split(": ", 1)[1].strip()
            if url and self.key and self.password:
                break
            time.sleep(0.05)
        if not (url and self.key and self.password):
            raise SystemExit("scanflowd did not start (or printed no bootstrap key):\n%s\n%s" % (self.tail(self.out_path), self.tail(self.err_path)))
        self.url = url
        parsed = urllib.parse.urlsplit(url)
        self.host, self.port = parsed.hostname, parsed.port

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self):
        if not self.proc:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def rss_kib(self, field="VmRSS"):
        try:
            with open("/proc/%d/status" % self.proc.pid) as f:
                for line in f:
                    if line.startswith(field + ":"):
                        return int(line.split()[1])
        except OSError:
            pass
        return -1

    def death(self):
        code = self.proc.returncode
        how = "killed by signal %d (%s)" % (-code, signal.Signals(-code).name) if code < 0 else "exit code %d" % code
        return "scanflowd died: %s; the end of its stderr:\n%s" % (how, self.tail(self.err_path, 2000))

    @staticmethod
    def tail(path, size=3000):
        try:
            with open(path, "rb") as f:
                f.seek(0, os.SEEK_END)
                f.seek(max(0, f.tell() - size))
                return f.read().decode("utf-8", "replace")
        except OSError:
            return ""


class Target(http.server.ThreadingHTTPServer):
    """The workflows' destination and OAuth provider: tokens for a code, 200 for everything else."""

    daemon_threads = True

    def __init__(self):
        class Handler(http.server.BaseHTTPRequestHandler):
            def answer(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                token = self.path.endswith("/token")
                body = json.dumps({"access_token": "sweep-at", "refresh_token": "sweep-rt", "expires_in": 3600, "token_type": "Bearer"} if token
                                  else {"data": {"id": "1", "uploadId": "1"}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            do_GET = do_POST = do_PUT = do_PATCH = answer

            def log_message(self, *args):
                pass
        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()
        self.url = "http://127.0.0.1:%d" % self.server_address[1]


class NoAnswer(Exception):
    pass


class Connection:
    """One keep-alive connection, opened again when an answer closes it."""

    def __init__(self, host, port):
        self.host, self.port, self.conn = host, port, None

    def close(self):
        if self.conn:
            self.conn.close()
        self.conn = None

    def exchange(self, method, target, headers, body):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT)
        conn = self.conn
        sent_error, unsent = None, 0
        try:
            conn.putrequest(method, target, skip_host="Host" in headers, skip_accept_encoding=True)
            for k, v in headers.items():
                conn.putheader(k, v)
            if body is not None:
                conn.putheader("Content-Length", str(len(body)))
            if body is None or len(body) < (1 << 20):
                conn.endheaders(body)
            else:  # a big body: stop sending when the server answers first (a refusal on its head)
                conn.endheaders()
                view, sock = memoryview(body), conn.sock
                while view:
                    readable, writable, _ = select.select([sock], [sock], [], TIMEOUT)
                    if readable:
                        break
                    if not writable:
                        raise socket.timeout("the server stopped reading the body")
                    n = sock.send(view[:1 << 16])
                    view = view[n:]
                unsent = len(view)
        except (OSError, http.client.HTTPException) as e:
            sent_error = e  # the server may have answered and closed before the body was all in
        try:
            resp = conn.getresponse()
            data = resp.read()
        except (OSError, http.client.HTTPException) as e:
            self.close()
            raise NoAnswer("%s%s" % ("%s while sending; then " % sent_error if sent_error else "", e.__class__.__name__ + ": " + str(e)))
        closes = resp.will_close or sent_error is not None or unsent > 0
        if closes:
            self.close()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, data, closes


# --- the sweep -------------------------------------------------------------------------------

class SetupFailed(Exception):
    pass


class Sweep:
    def __init__(self, server, target):
        self.server, self.target = server, target
        self.http = Connection(server.host, server.port)
        self.ctx = {}
        self.requests = 0
        self.failures = []
        self.unique = 0
        self.crashes = 0
        self.invalid = []  # valid requests that were refused: their sweep tests little

    # -- sending --

    def send(self, method, target, headers, body, what):
        """One request; a 5xx, a reset or no answer is a failure. Returns (status, headers, body) or None."""
        self.requests += 1
        try:
            status, rheaders, data, _ = self.http.exchange(method, target, headers, body)
        except NoAnswer as e:
            note = "no answer: %s" % e
            if not self.server.alive():
                self.crashes += 1
                note += "\n" + self.server.death()
            self.fail(method, target, headers, body, what, None, None, note)
            if not self.server.alive():
                self.restart()
            return None
        if status >= 500:
            self.fail(method, target, headers, body, what, status, data, "")
        if TRACE:
            TRACE.write("%d %s %s — %s: %s\n" % (status, method, excerpt(target, 120), what, excerpt(data, 160).replace("\n", " ")))
        return status, rheaders, data

    def fail(self, method, target, headers, body, what, status, data, note):
        f = {"method": method, "target": target, "headers": dict(headers), "body": body, "what": what, "status": status, "answer": data, "note": note}
        self.failures.append(f)
        print("FAIL %s %s — %s: %s" % (method, excerpt(target, 120), what, "HTTP %d" % status if status else note.split("\n")[0]), flush=True)

    def restart(self):
        self.server.stop()
        self.server.start()
        self.http = Connection(self.server.host, self.server.port)
        print("     (scanflowd started again on the same data folder: %s)" % self.server.url, flush=True)

    def headers(self, auth, extra=None):
        h = {} if auth == ANONYMOUS else {"X-Api-Key": self.server.key}
        if auth == USER:
            h["Authorization"] = "Bearer " + self.ctx["user_token"]
        elif auth == DEVICE:
            h["Authorization"] = "Bearer " + self.ctx["device_token"]
        h.update(extra or {})
        return h

    def api(self, method, path, form=None, json_body=None, raw=None, ctype=None, auth=KEY, what="setup"):
        """A plain call (the setup, the factories): returns (status, parsed JSON or None)."""
        body, extra = None, {}
        target = "/api/v1" + path
        if form is not None:
            encoded = encode_pairs(form)
            if method in ("GET", "DELETE", "HEAD"):
                target += ("&" if "?" in target else "?") + encoded if encoded else ""
            else:
                body, extra = encoded.encode(), {"Content-Type": "application/x-www-form-urlencoded"}
        elif json_body is not None:
            body, extra = json.dumps(self.fill_json(json_body)).encode(), {"Content-Type": "application/json"}
        elif raw is not None:
            body, extra = raw, {"Content-Type": ctype}
        elif method in ("POST", "PUT", "PATCH"):
            body = b""
        answer = self.send(method, target, self.headers(auth, extra), body, what)
        if answer is None:
            return 0, None
        try:
            return answer[0], json.loads(answer[2]) if answer[2] else None
        except ValueError:
            return answer[0], None

    def must(self, status_and_json, what, field=None):
        status, data = status_and_json
        if status != 200:
            raise SetupFailed("%s: HTTP %s %s" % (what, status, json.dumps(data)[:300]))
        return data if field is None else data[field]

    # -- the setup: one real entity of each kind --

    def setup(self):
        c, s = self.ctx, self.server
        c["adminpw"], c["target"] = s.password, self.target.url
        now = datetime.now(timezone.utc)
        c["hour_ago"] = (now - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        c["soon"] = (now + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        c["root"] = self.must(self.api("GET", "/account"), "GET /account", "id")
        loc = {"name": "Sweep loc", "identifiers": [{"locationType": 1, "stringData": ["10.0.0.1"]}]}
        c["loc"] = self.must(self.api("POST", "/locations", json_body=loc), "a location", "id")
        c["loc2"] = self.must(self.api("POST", "/locations", json_body=loc), "a location", "id")
        container = [("parentdomain", "localhost"), ("accountname", "Sweep container"), ("accounttype", "3"),
                     ("domainname", "sweep-container.example"), ("applicationname", "Sweep")]
        c["container"] = self.must(self.api("PUT", "/account", form=container), "a container", "id")
        container[3] = ("domainname", "sweep-container2.example")
        c["container2"] = self.must(self.api("PUT", "/account", form=container), "a container", "id")
        port = [("domainname", "localhost"), ("portname", "SweepOut"), ("address", "10.0.0.50"), ("porttype", "1"),
                ("deviceserial", "SN-SWEEP"), ("ipreaderaddress", "10.0.0.51")]
        c["out"] = self.must(self.api("POST", "/outputports", form=port), "an output port", "id")
        c["outaddr"] = "10.0.0.50"
        for name in ("out2", "out3"):
            c[name] = self.must(self.api("POST", "/outputports", form=port[:2] + [("address", name + ".sweep.example"), ("porttype", "0")]), "an output port", "id")
        for name, port_name in (("in_", "SweepIn"), ("in2", "SweepIn2")):
            c[name] = self.must(self.api("PUT", "/inputports", form=[("domainname", "localhost"), ("portname", port_name), ("porttype", "0")]), "an input port", "id")
        c["sweeper_id"] = self.must(self.api("PUT", "/users", form=[("username", "sweeper"), ("detailtype", "3"), ("detaildata", "pw-sweeper-1"),
                                                                  ("detailtype", "4"), ("detaildata", "CARD-SWEEP")]), "a user", "id")
        c["sweeper"] = "sweeper"
        c["group"] = self.must(self.api("PUT", "/groups", form=[("groupname", "Sweep group"), ("groupdn", "cn=sweep")]), "a group", "id")
        self.must(self.api("PUT", "/groups", form=[("groupname", "Sweep group 2"), ("groupdn", "cn=sweep2")]), "a group")
        self.must(self.api("PUT", "/users/sweeper/groups", form=[("groupid", str(c["group"]))]), "a membership")
        c["conn"] = self.must(self.api("POST", "/scan/connectors", json_body={"name": "Sweep conn", "connectorType": "API"}), "a connector", "id")
        c["conn2"] = self.must(self.api("POST", "/scan/connectors", json_body={"name": "Sweep conn 2", "connectorType": "API"}), "a connector", "id")
        oauth = {"type": "oauth2", "userSpecific": False, "authorizationUrl": "{target}/authorize", "tokenUrl": "{target}/token",
                 "clientId": "sweep", "clientSecret": "hidden", "scopes": "files"}
        shared = {"name": "Sweep shared", "active": True, "connectorId": c["conn"],
                  "destination": {"url": "{target}/upload", "auth": oauth, "steps": [{"kind": "delivery"}]}}
        c["wf_shared"] = self.must(self.api("POST", "/scan/workflows", json_body=shared), "a workflow", "id")
        private = {"name": "Sweep private", "userSpecific": True,
                   "destination": {"url": "{target}/p", "auth": {"type": "basic", "userSpecific": True},
                                   "steps": [{"kind": "delivery", "params": [{"key": "customerCode", "value": "Customer code", "type": "user", "location": "form"}]}]}}
        c["wf_private"] = self.must(self.api("POST", "/scan/workflows", json_body=private), "a workflow", "id")
        mine = {"name": "Sweep oauth", "userSpecific": True,
                "destination": {"url": "{target}/o", "auth": dict(oauth, userSpecific=True),
                                "steps": [{"kind": "delivery", "params": [{"key": "tenant", "value": "Tenant", "type": "user", "location": "form"}]}]}}
        c["wf_oauth"] = self.must(self.api("POST", "/scan/workflows", json_body=mine), "a workflow", "id")
        c["wf_put"] = self.must(self.api("POST", "/scan/workflows", json_body=dict(shared, name="Sweep put")), "a workflow", "id")
        # A designer's draft, as Run up to this step sends it: one Delivery to the target.
        c["trial_workflow"] = json.dumps({"name": "Sweep trial", "destination": {"url": self.target.url + "/upload", "steps": [{"kind": "delivery"}]}},
                                         separators=(",", ":"))

        # The admin's user token (and three throwaway sign-ins for the refresh and revoke sweeps).
        admin = self.must(self.api("POST", "/login", form=[("authtype", "0"), ("userid", "admin"), ("password", s.password)]), "POST /login")
        c["user_token"], c["admin_id"] = admin["token"], admin["id"]
        for n in ("1", "2", "3"):
            other = self.must(self.api("POST", "/login", form=[("authtype", "0"), ("userid", "admin"), ("password", s.password)]), "POST /login")
            c["refresh" + n], c["token" + n] = other["refreshToken"], other["token"]
        for wf in ("wf_private", "wf_oauth", "wf_shared"):
            rule = {"workflowId": c[wf], "identityId": c["admin_id"], "identityType": "User", "access": "Allow"}
            c["access"] = self.must(self.api("POST", "/scan/access", json_body=rule), "a scan access rule", "id")
        rule = {"workflowId": c["wf_put"], "identityId": c["sweeper_id"], "identityType": "User"}
        c["access2"] = self.must(self.api("POST", "/scan/access", json_body=rule), "a scan access rule", "id")
        code = self.must(self.api("POST", "/devices", json_body={"name": "Sweep terminal"}), "a device", "registrationCode")
        c["device_token"] = self.must(self.api("POST", "/oauth/v1/token", form=[("grant_type", "urn:scanflow:grant-type:registration-code"), ("code", code)]),
                                      "a device token", "access_token")
        self.must(self.api("POST", "/terminalconfig", form=[("domain", "localhost"), ("name", "Sweep TC"), ("vendor", "ricoh"), ("devices", str(c["out"]))]),
                  "a terminal configuration")
        ap = {"name": "Sweep LDAP", "providerType": 1, "typeConfiguration": "{\"address\":\"127.0.0.1\"}", "active": False, "domainNames": ["ldap.sweep.example"]}
        c["ap"] = self.must(self.api("PUT", "/authproviders", json_body=ap), "an authentication provider", "id")

        # Two documents, two recorded jobs and two deliveries: the page tokens of their lists.
        for _ in range(2):
            self.new_doc()
            self.must(self.api("POST", "/documents/history", form=[("jobtype", "PRINT"), ("username", "admin")]), "a recorded job")
            c["delivery"] = self.deliver()
        c["history_token"] = self.must(self.api("GET", "/documents/history", form=[("maxrecords", "1")]), "the history", "nextPageToken")
        c["deliveries_token"] = self.must(self.api("GET", "/deliveries", form=[("maxrecords", "1")]), "the deliveries", "nextPageToken")
        if not c["history_token"] or not c["deliveries_token"]:
            raise SetupFailed("no page token: %r, %r" % (c["history_token"], c["deliveries_token"]))

    # -- the factories: a throwaway entity for each request that deletes or consumes one --

    def new_doc(self):
        body = multipart([("username", "admin"), ("portname", "SweepIn"), ("title", "doc.pdf"), ("data", FILES["doc.pdf"])])
        ctype = "multipart/form-data; boundary=" + BOUNDARY.decode()
        return self.must(self.api("PUT", "/documents", raw=body, ctype=ctype, what="a throwaway document"), "a document", "uuid")

    def deliver(self):
        body = multipart([("data", FILES["scan.pdf"])])
        ctype = "multipart/form-data; boundary=" + BOUNDARY.decode()
        return self.must(self.api("POST", "/scan/workflows/%s/deliveries" % self.ctx["wf_shared"], raw=body, ctype=ctype), "a delivery", "id")

    def factory(self, name):
        u = self.next_unique()
        made = {
            "new_container": lambda: self.api("PUT", "/account", form=[("parentdomain", "localhost"), ("accountname", "Box%d" % u), ("accounttype", "3"),
                                                                      ("domainname", "box%d.sweep.example" % u), ("applicationname", "Sweep")]),
            "new_user": lambda: self.api("PUT", "/users", form=[("username", "throwaway%d" % u)]),
            "new_group": lambda: self.api("PUT", "/groups", form=[("groupname", "Throwaway %d" % u)]),
            "new_out": lambda: self.api("POST", "/outputports", form=[("domainname", "localhost"), ("portname", "Throwaway%d" % u),
                                                                      ("address", "t%d.sweep.example" % u), ("porttype", "0")]),
            "new_in": lambda: self.api("PUT", "/inputports", form=[("domainname", "localhost"), ("portname", "Throwaway%d" % u), ("porttype", "0")]),
            "new_ap": lambda: self.api("PUT", "/authproviders", json_body={"name": "Throwaway %d" % u, "providerType": 1}),
            "new_acl": lambda: self.api("PUT", "/accesscontrols?accountdomain=localhost", json_body={"roleName": "Reporting", "userName": "throwaway%d" % u}),
            "new_loc": lambda: self.api("POST", "/locations", json_body={"name": "Throwaway %d" % u}),
            "new_device": lambda: self.api("POST", "/devices", json_body={"name": "Throwaway %d" % u}),
            "new_conn": lambda: self.api("POST", "/scan/connectors", json_body={"name": "Throwaway %d" % u, "connectorType": "BOX"}),
            "new_wf": lambda: self.api("POST", "/scan/workflows", json_body={"name": "Throwaway %d" % u, "connectorId": self.ctx["conn"]}),
            "new_access": lambda: self.api("POST", "/scan/access", json_body={"workflowId": self.ctx["wf_put"], "identityId": self.ctx["group"], "identityType": "Group"}),
            "new_key": lambda: self.api("POST", "/apikeys", json_body={"name": "Throwaway %d" % u, "advancedPermissions": True, "permissions": []}),
            "new_ca": lambda: self.api("POST", "/certificate/ca", raw=CERT_PEM, ctype="application/octet-stream"),
            "new_chain": lambda: self.api("POST", "/certificate/chain/create", form=[("hostnames", "t%d.sweep.example" % u)]),
        }
        if name == "new_doc":
            return self.new_doc()
        if name == "new_devcode":
            return self.must(self.api("POST", "/devices", json_body={"name": "Throwaway %d" % u}), "a device", "registrationCode")
        status, data = made[name]()
        if status != 200:
            raise SetupFailed("%s: HTTP %s %s" % (name, status, json.dumps(data)[:300]))
        if isinstance(data, list):
            data = data[0]
        return "throwaway%d" % u if name == "new_user" else data.get("alias") or data.get("id")

    def next_unique(self):
        self.unique += 1
        return self.unique

    def fill(self, template):
        """The setup's values for {name}, a throwaway entity for {new_x}, a unique number for {u}."""
        def value(m):
            name = m.group(1)
            if name == "u":
                return str(self.next_unique())
            if name.startswith("new_"):
                return str(self.factory(name))
            return str(self.ctx[name])
        return re.sub(r"\{(\w+)\}", value, template)

    def fill_json(self, value):
        if isinstance(value, dict):
            return {k: self.fill_json(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.fill_json(v) for v in value]
        if isinstance(value, str):
            m = re.fullmatch(r"\{#(\w+)\}", value)
            return int(self.ctx[m.group(1)]) if m else self.fill(value)
        return value

    # -- one request of the sweep --

    def request(self, ep, auth, what, values=None, path_override=None, body=None, ctype=None):
        """The endpoint's valid request, but for `values` (slot index: list of values), the path
        parameter `path_override` (name, raw text or None) and a raw `body`."""
        try:
            return self.build_and_send(ep, auth, what, values or {}, path_override, body, ctype)
        except SetupFailed as e:  # a throwaway entity could not be made (a 5xx is a failure already)
            self.invalid.append("%s %s, %s: not sent: %s" % (ep.method, ep.path, what, e))
            return None

    def build_and_send(self, ep, auth, what, values, path_override, body, ctype):

        def segment(m):
            name, suffix = m.group(1), m.group(2)
            if path_override and path_override[0] == name:
                return "" if path_override[1] is None else "/" + path_override[1] + suffix
            return "/" + urllib.parse.quote(self.fill("{%s}" % name), safe="") + suffix
        path = re.sub(r"/\{(\w+)\}([^/]*)", segment, ep.path)
        query, form, parts = [], [], []
        for i, (name, ptype, where, template) in enumerate(ep.slots):
            for v in (values[i] if i in values else [GOOD]):
                if ptype == "file":
                    v = FILES[template] if v is GOOD else FILES[template][1].decode("latin-1") if v is AS_TEXT else v
                elif v is GOOD:
                    v = self.fill(template)
                elif v is OTHER:
                    v = other_value(ptype, self.fill(template))
                (query if where == "query" else parts if ep.kind == MULTI else form).append((name, v))
        headers = self.headers(auth)
        data = None
        if ep.kind == MULTI:
            data = multipart(parts) if body is None else body
            headers["Content-Type"] = ctype or "multipart/form-data; boundary=" + BOUNDARY.decode()
        elif ep.kind == JSON:
            data = json.dumps(self.fill_json(ep.body)).encode() if body is None else body
            headers["Content-Type"] = ctype or "application/json"
        elif ep.kind == RAW:
            data = CERT_PEM if body is None else body
            headers["Content-Type"] = "application/octet-stream"
        elif ep.method in ("POST", "PUT", "PATCH"):
            data = encode_pairs(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        target = "/api/v1" + path + ("?" + encode_pairs(query) if query else "")
        answer = self.send(ep.method, target, headers, data, what)
        if ep.after and answer and answer[0] == 200:
            getattr(self, ep.after)()
        return answer

    def restore_root(self):
        """PATCH /account changes the root account (the request's Host names no account): its
        domain goes back to localhost, which the other requests name."""
        self.api("PATCH", "/account", form=[("accountname", "ScanFlow"), ("domainname", "localhost"), ("applicationname", "ScanFlow"),
                                            ("trustallclients", "false"), ("locationid", "0"), ("locale", "en"), ("defaultpapersize", "A4"),
                                            ("theme", "blue")], what="restoring the root account")

    # -- every variant of one endpoint --

    def sweep(self, ep):
        first = self.requests
        for auth in ep.auth:
            tag = "" if len(ep.auth) == 1 and auth == KEY else " [%s]" % auth
            answer = self.request(ep, auth, "the valid request" + tag)
            if answer and not 200 <= answer[0] < 300 and answer[0] != ep.refusal:
                self.invalid.append("%s %s%s: HTTP %d %s" % (ep.method, ep.path, tag, answer[0], excerpt(answer[2], 200)))
            for i, (name, ptype, where, template) in enumerate(ep.slots):
                if auth != ep.auth[0] and name not in WHO:
                    continue  # another caller: the parameters that name the user
                variants = file_variants() if ptype == "file" else form_variants(ptype, "part" if ep.kind == MULTI and where == "body" else where)
                for label, values in variants:
                    self.request(ep, auth, "%s %s: %s%s" % ("query" if where == "query" else "parameter", name, label, tag), values={i: values})
            if ep.kind == JSON and auth == ep.auth[0]:
                body = self.fill_json(ep.body)
                for path, value in json_paths(body):
                    for label, raw in json_leaf_variants(value, len(path) > 1):
                        self.request(ep, auth, "JSON %s: %s%s" % (dotted(path), label, tag), body=json_variant(body, path, raw).encode())
            if auth != ep.auth[0]:
                continue  # the path and the whole body once, with the first caller
            for name in re.findall(r"\{(\w+)\}", ep.path):
                for label, raw in PATH_VARIANTS:
                    self.request(ep, auth, "path {%s}: %s" % (name, label), path_override=(name, raw))
            if ep.kind == JSON:
                good = json.dumps(self.fill_json(ep.body)).encode()
                for label, raw, ctype in json_body_variants(good):
                    self.request(ep, auth, "body: " + label, body=raw, ctype=ctype)
            elif ep.kind == MULTI:
                parts = [(n, FILES[t] if pt == "file" else self.fill(t)) for n, pt, where, t in ep.slots if where == "body"]
                for label, raw, ctype in multipart_body_variants(parts):
                    self.request(ep, auth, "body: " + label, body=raw, ctype=ctype)
            elif ep.kind == RAW:
                for label, raw in raw_body_variants(CERT_PEM):
                    self.request(ep, auth, "body: " + label, body=raw)
        return self.requests - first

    def huge(self, method, path, name, megabytes):
        ep = next(e for e in ENDPOINTS if e.method == method and e.path == path)
        big = "h" * (megabytes << 20)
        what = "%d MB %s" % (megabytes, name)
        if ep.kind == JSON:
            body = self.fill_json(ep.body)
            body[name] = [big] if isinstance(body[name], list) else big
            return self.request(ep, KEY, what, body=json.dumps(body).encode())
        i = next(i for i, slot in enumerate(ep.slots) if slot[0] == name)
        value = ("big.pdf", big.encode(), "application/pdf") if ep.slots[i][1] == "file" else big
        return self.request(ep, KEY, what, values={i: [value]})


def encode_pairs(pairs):
    def value(v):
        return "" if v is NO_VALUE else "=" + (v if isinstance(v, Verbatim) else urllib.parse.quote(v, safe=""))
    return "&".join(urllib.parse.quote(n, safe="") + value(v) for n, v in pairs)


def dotted(path):
    return "".join("[%d]" % p if isinstance(p, int) else ("." if i else "") + p for i, p in enumerate(path))


def excerpt(data, size=300):
    if data is None:
        return ""
    if isinstance(data, str):
        data = data.encode()
    text = data[:size].decode("utf-8", "replace")
    return text + ("… (%d bytes)" % len(data) if len(data) > size else "")


def describe(f):
    lines = ["%s %s — %s" % (f["method"], excerpt(f["target"], 200), f["what"])]
    lines.append("     request headers: " + ", ".join("%s: %s" % kv for kv in f["headers"].items()))
    if f["body"] is not None:
        lines.append("     request body: %r" % excerpt(f["body"]))
    if f["status"] is not None:
        lines.append("     answer: HTTP %d %s" % (f["status"], excerpt(f["answer"])))
    if f["note"]:
        lines.append("     " + f["note"].replace("\n", "\n     "))
    return "\n".join(lines)


def normalized(path):
    return re.sub(r"\{[^}]*\}[^/]*", "{}", path)


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: parameter_sweep.py /path/to/scanflowd")
    started = time.monotonic()
    work = tempfile.mkdtemp(prefix="scanflow-sweep-")
    server = Server(os.path.abspath(sys.argv[1]), work)
    problems, target = [], None
    try:
        server.start()
        target = Target()
        sweep = Sweep(server, target)
        try:
            sweep.setup()
        except SetupFailed as e:
            raise SystemExit("the setup failed: %s\n%s" % (e, "\n".join(describe(f) for f in sweep.failures)))

        # Every path and method the OpenAPI description lists has a line in the table.
        status, openapi = sweep.api("GET", "/openapi.json")
        listed = {(m.upper(), normalized(p[len("/api/v1"):])) for p, ops in (openapi or {}).get("paths", {}).items()
                  for m in ops if m in ("get", "put", "post", "delete", "patch", "head")}
        listed = {op for op in listed if not op[1].startswith("/testdestination/receive")}
        swept = {(e.method, normalized(e.path)) for e in ENDPOINTS}
        for op in sorted(listed - swept):
            problems.append("not swept: %s %s (no line in the table)" % op)
        if not listed:
            problems.append("GET /openapi.json: HTTP %s, no paths" % status)

        rss_before = server.rss_kib()
        for ep in ENDPOINTS:
            n = sweep.sweep(ep)
            print("  %-6s %-45s %4d requests" % (ep.method, ep.path, n), flush=True)
        rss_swept = server.rss_kib()
        for method, path, name, megabytes in HUGE:
            for _ in range(2):
                sweep.huge(method, path, name, megabytes)
        rss_after, rss_peak = server.rss_kib(), server.rss_kib("VmHWM")

        status, version = sweep.api("GET", "/version", what="the last request")
        if status != 200:
            problems.append("GET /version after the sweep: HTTP %s" % status)
        if not server.alive():
            problems.append("scanflowd is not running after the sweep")
        if sweep.crashes:
            problems.append("scanflowd crashed %d times (started again each time)" % sweep.crashes)
        print("\nRSS of scanflowd: %d MiB after the setup, %d MiB after the sweep, %d MiB after the 10 MB values (peak %d MiB)"
              % (rss_before // 1024, rss_swept // 1024, rss_after // 1024, rss_peak // 1024))
        if sweep.crashes == 0 and RSS_LIMIT_KIB > 0 and rss_after - rss_before > RSS_LIMIT_KIB:
            problems.append("VmRSS grew by %d MiB (at most %d MiB)" % ((rss_after - rss_before) // 1024, RSS_LIMIT_KIB // 1024))
        for line in sweep.invalid:
            print("note: the valid request was refused, so its variants reach little: " + line)
        print("%d endpoints (the %d of the OpenAPI description and HEAD /account), %d table lines, %d requests in %.1f s"
              % (len(swept), len(listed), len(ENDPOINTS), sweep.requests, time.monotonic() - started))
        if sweep.failures:
            print("\n%d failed requests:" % len(sweep.failures))
            for f in sweep.failures:
                print("  " + describe(f))
        for p in problems:
            print("FAIL " + p)
        return 1 if sweep.failures or problems else 0
    finally:
        if TRACE:
            TRACE.flush()
        if target:
            target.shutdown()
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
