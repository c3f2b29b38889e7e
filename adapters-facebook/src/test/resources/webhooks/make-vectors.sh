#!/bin/sh
# Regenerates vectors.tsv: the X-Hub-Signature-256 of each body file, computed independently of
# the Java code with OpenSSL (HMAC-SHA256 over the file's raw bytes, lower-case hex).
# Run from this directory: sh make-vectors.sh > vectors.tsv
set -eu
for secret in 'test-app-secret-0123456789abcdef' 'another secret, with spaces & ümlauts'; do
  for body in messenger-escaped.json feed-comment.json; do
    hex=$(openssl dgst -sha256 -hmac "$secret" < "$body" | sed 's/^.*= //')
    printf '%s\t%s\tsha256=%s\n' "$body" "$secret" "$hex"
  done
done
