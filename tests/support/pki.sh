#!/usr/bin/env bash
# Makes the certificates of the connection tests in DIR with openssl: a private CA and a
# server certificate it signed (localhost only), a second CA for clients and a client
# certificate it signed (PEM key, the same key encrypted, a PKCS#12 file), and a stranger's
# certificate and key.
set -euo pipefail
dir=$1
cd "$dir"
days=30
ca() { # name subject
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$1.key" -out "$1.pem" \
        -days $days -subj "/O=ScanFlow tests/CN=$2" -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
}
leaf() { # name subject ca extensions
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$1.key" -out "$1.csr" \
        -subj "/O=ScanFlow tests/CN=$2" 2>/dev/null
    printf '%s\n' "$4" >"$1.ext"
    openssl x509 -req -in "$1.csr" -CA "$3.pem" -CAkey "$3.key" -CAcreateserial -out "$1.pem" -days $days \
        -extfile "$1.ext" 2>/dev/null
    rm -f "$1.csr" "$1.ext"
}
ca ca "ScanFlow Test CA"
leaf server localhost ca "subjectAltName=DNS:localhost
extendedKeyUsage=serverAuth"
ca clientca "ScanFlow Test Client CA"
leaf client scanner-01 clientca "extendedKeyUsage=clientAuth"
openssl pkey -in client.key -aes256 -passout pass:key-secret -out client-encrypted.key
openssl pkcs12 -export -in client.pem -inkey client.key -passout pass:p12-secret -out client.p12
ca stranger "Stranger"
chmod 644 ./*.key
