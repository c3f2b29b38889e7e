#!/bin/sh
# Regenerates vectors.tsv, computed independently of the Java code with OpenSSL:
# - body lines: the x-twitter-webhooks-signature of each body file, "sha256=" + base64 of the
#   HMAC-SHA256 over the file's raw bytes keyed with the consumer secret;
# - crc lines: the CRC response_token of a crc_token (HMAC-SHA256 of the token's bytes).
# Run from this directory: sh make-vectors.sh > vectors.tsv
set -eu
for secret in 'test-consumer-secret-0123456789' 'another secret, with spaces & ümlauts'; do
  for body in tweet-create.json dm-event.json; do
    b64=$(openssl dgst -sha256 -hmac "$secret" -binary < "$body" | base64)
    printf 'body\t%s\t%s\tsha256=%s\n' "$body" "$secret" "$b64"
  done
  for token in 'crcTokenFromX' 'Zm9vYmFy-42_äö'; do
    b64=$(printf '%s' "$token" | openssl dgst -sha256 -hmac "$secret" -binary | base64)
    printf 'crc\t%s\t%s\tsha256=%s\n' "$token" "$secret" "$b64"
  done
done
