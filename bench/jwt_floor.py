#!/usr/bin/env python3
"""The sign-in floor: `{ __typename }` over HTTP, p50 / p99 at concurrency 1, signed in with the
local demo account (HTTP Basic, the default profile) and with a council token (JWT, RS256, the
production profile), each on its own fresh default store, after 2,000 requests to warm it. The token is signed here with openssl
by a stand-in identity provider; the server checks its signature, issuer, audience and expiry.

  python3 bench/jwt_floor.py --jar target/plantrail-0.1.0-SNAPSHOT.jar --runs 3
"""
import base64, contextlib, json, os, subprocess, tempfile, time

import suite

ISSUER, AUDIENCE = "https://login.example.gov.uk/realms/council", "plantrail"
WARM_UP_REQUESTS = 2000


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def council_token(work):
    key, public = os.path.join(work, "idp.pem"), os.path.join(work, "idp.pub.pem")
    subprocess.run(["openssl", "genrsa", "-out", key, "2048"], check=True, capture_output=True)
    subprocess.run(["openssl", "rsa", "-in", key, "-pubout", "-out", public], check=True, capture_output=True)
    now = int(time.time())
    header = b64url(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
    claims = b64url(json.dumps({"iss": ISSUER, "aud": [AUDIENCE], "sub": "uid-bench", "iat": now, "exp": now + 3600,
                                "preferred_username": "Bench Auditor", "roles": ["AUDITOR"]}).encode())
    signed = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=f"{header}.{claims}".encode(),
                            check=True, capture_output=True).stdout
    return f"{header}.{claims}.{b64url(signed)}", public


def floor(server, authorization, runs):
    def make_request():
        connection = server.connection()

        def request():
            connection.request("POST", "/graphql", body='{"query":"{ __typename }"}',
                               headers={"Authorization": authorization, "Content-Type": "application/json"})
            response = connection.getresponse()
            body = response.read()
            if response.status != 200 or b"__typename" not in body:
                raise RuntimeError(f"signed-in request refused: {response.status} {body[:200]}")
        return request

    warm = make_request()
    for _ in range(WARM_UP_REQUESTS):  # a fresh server: the JIT compiles the sign-in path first
        warm()
    return suite.read_latency(make_request(), runs, requests=200)


@contextlib.contextmanager
def server_with(jar, port, settings):
    with tempfile.TemporaryDirectory(prefix="plantrail-signin-") as work:
        server = suite.Server(jar, work, port, settings)
        server.start()
        try:
            yield server, work
        finally:
            server.stop()


def main():
    args = suite.narrow_arguments(port=18196)
    with server_with(args.jar, args.port, ()) as (server, _):
        basic = "Basic " + base64.b64encode(b"auditor:auditor").decode()
        local = floor(server, basic, args.runs)
    with tempfile.TemporaryDirectory(prefix="plantrail-idp-") as idp:
        token, public = council_token(idp)
        settings = ["--spring.profiles.active=prod", f"--spring.security.oauth2.resourceserver.jwt.public-key-location=file:{public}",
                    f"--plantrail.security.issuer={ISSUER}", f"--plantrail.security.audience={AUDIENCE}",
                    "--plantrail.privacy.create-master-key=true"]
        with server_with(args.jar, args.port, settings) as (server, _):
            council = floor(server, "Bearer " + token, args.runs)
    print(f"`{{ __typename }}`, 200 sequential requests a run, min / median / max of {args.runs} runs\n")
    print("| signed in with | p50 ms | p99 ms |\n|---|---|---|")
    print(f"| local demo account (HTTP Basic) | {suite.spread(local[0], 2)} | {suite.spread(local[1], 2)} |")
    print(f"| council token (JWT, RS256) | {suite.spread(council[0], 2)} | {suite.spread(council[1], 2)} |")


if __name__ == "__main__":
    main()
