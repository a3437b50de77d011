"""The source-template sweep of command-line tools and other runtimes' error codes, as Python services see them.

Each template is a text a tool prints or a runtime raises, read in its source or, where noted, seen verbatim in public
code relaying it: git (remote-curl.c, connect.c, pkt-line.c, lockfile.c, builtin/merge.c, unpack-trees.c, setup.c,
prompt.c, refs/files-backend.c), curl (lib/strerror.c, cf-ip-happy.c, multi.c, http.c, cf-socket.c, transfer.c,
http_chunks.c, vtls/openssl.c), OpenSSH (sshconnect2.c, sshconnect.c, kex.c, packet.c, ssh.c, readconf.c), rsync
(log.c rerr_names, io.c), pip (package_finder.py, resolvelib/factory.py, commands/install.py, exceptions), npm
(lib/utils/error-message.js, arborist, npm-pick-manifest, minipass-fetch), apt (apt-pkg/contrib/fileutl.cc,
deb/debsystem.cc, cacheset.cc, private-cacheset.cc, algorithms.cc, methods/connect.cc, acquire-item.cc,
private-download.cc), yarn (src/reporters/lang/en.js), wget (src/http.c), apk's, dnf's, poetry's, uv's and the
Azure CLI's texts as relayed, Docker (moby client/errors.go, daemon/internal/distribution,
libnetwork portallocator, distribution errcodes) and Docker Hub's rate limit, ffmpeg (libavutil/error.c),
ImageMagick, pandoc and wkhtmltopdf as relayed, botocore's printed errors through the aws CLI, psql and mysql client
texts, Node.js system errors and ERR_* codes (doc/api/errors.md), and Windows: Python's "[WinError N]" texts
(FormatMessage of winerror.h), .NET exception texts and HRESULT_FROM_WIN32 codes.

A tool's stderr reaches the classifier through a wrapper: an application's ``RuntimeError(f"{cmd} failed with exit
status {code}: {stderr}")``, sh's ``ErrorReturnCode_N`` or plumbum's ``ProcessExecutionError``. The exit status
alone says little; the stderr's words decide. Plausible values are filled in and each label was written by
LABELS.md before the classifier was asked.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from tests.unit.classify.verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT
_WRAPPER = "builtins.RuntimeError"
_PLUMBUM = "plumbum.commands.processes.ProcessExecutionError"


def _wrapped(cmd: str, code: int, stderr: str) -> str:
    """The text of an application's wrapper around a failed subprocess and its captured stderr."""
    return f"{cmd} failed with exit status {code}: {stderr}"


def _plumbum(cmd: str, code: int, stderr: str) -> str:
    """plumbum's ProcessExecutionError text (commands/processes.py) for the same failure."""
    return f"Unexpected exit code: {code}\nCommand line: | {cmd}\nStderr:       | {stderr}"


# (command, exit status, stderr as the tool prints it, label)
CLI = [
    (
        "git clone https://github.com/acme/payments.git",
        128,
        "fatal: could not read Username for 'https://github.com': terminal prompts disabled",
        P,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        ("fatal: could not read Password for 'https://deploy@github.com': No such device or address"),
        P,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        (
            "remote: Invalid username or password.\nfatal: Authentication failed for "
            "'https://github.com/acme/payments.git/'"
        ),
        P,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        ("remote: Repository not found.\nfatal: repository 'https://github.com/acme/payments.git/' not found"),
        P,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        ("fatal: unable to access 'https://github.com/acme/payments.git/': The requested URL returned error: 503"),
        T,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        ("fatal: unable to access 'https://github.com/acme/payments.git/': The requested URL returned error: 502"),
        T,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        ("fatal: unable to access 'https://github.com/acme/payments.git/': The requested URL returned error: 403"),
        P,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        (
            "fatal: unable to access 'https://github.com/acme/payments.git/': Failed to connect "
            "to github.com port 443 after 21 ms: Couldn't connect to server"
        ),
        T,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        (
            "fatal: unable to access 'https://github.com/acme/payments.git/': Failed to connect "
            "to github.com port 443 after 130990 ms: Connection timed out"
        ),
        T,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        (
            "fatal: unable to access 'https://github.com/acme/payments.git/': Operation timed "
            "out after 300000 milliseconds with 0 out of 0 bytes received"
        ),
        T,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        (
            "fatal: unable to access 'https://github.com/acme/payments.git/': SSL certificate "
            "problem: unable to get local issuer certificate"
        ),
        P,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        (
            "fatal: unable to access 'https://github.com/acme/payments.git/': SSL certificate "
            "problem: certificate has expired"
        ),
        P,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        (
            "fatal: unable to access 'https://github.com/acme/payments.git/': OpenSSL SSL_read: "
            "SSL_ERROR_SYSCALL, errno 104"
        ),
        T,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        ("fatal: unable to access 'https://github.com/acme/payments.git/': Recv failure: Connection reset by peer"),
        T,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        (
            "error: RPC failed; curl 56 Recv failure: Connection reset by peer\nfatal: early EOF\n"
            "fatal: fetch-pack: invalid index-pack output"
        ),
        T,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        (
            "error: RPC failed; curl 18 transfer closed with outstanding read data remaining\n"
            "fatal: the remote end hung up unexpectedly\nfatal: early EOF\nfatal: index-pack failed"
        ),
        T,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        (
            "error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502\n"
            "send-pack: unexpected disconnect while reading sideband packet\nfatal: the remote "
            "end hung up unexpectedly"
        ),
        T,
    ),  # git
    (
        "git push origin main",
        1,
        (
            "error: RPC failed; HTTP 403 curl 22 The requested URL returned error: 403\n"
            "send-pack: unexpected disconnect while reading sideband packet\nfatal: the remote "
            "end hung up unexpectedly"
        ),
        P,
    ),  # git
    (
        "git pull",
        1,
        (
            "error: Your local changes to the following files would be overwritten by merge:\n"
            "\tconfig/settings.yaml\nPlease commit your changes or stash them before you merge.\n"
            "Aborting"
        ),
        P,
    ),  # git
    (
        "git checkout main",
        1,
        (
            "error: Your local changes to the following files would be overwritten by checkout:\n"
            "\tsrc/app.py\nPlease commit your changes or stash them before you switch branches.\n"
            "Aborting"
        ),
        P,
    ),  # git
    ("git rev-parse HEAD", 128, "fatal: not a git repository (or any of the parent directories): .git", P),  # git
    (
        "git add -A",
        128,
        (
            "fatal: Unable to create '/srv/repos/payments/.git/index.lock': File exists.\n\n"
            "Another git process seems to be running in this repository, or the lock file may be "
            "stale"
        ),
        T,
    ),  # git
    ("git pull origin main", 128, "fatal: refusing to merge unrelated histories", P),  # git
    (
        "git push origin main",
        128,
        (
            "fatal: 'origin' does not appear to be a git repository\nfatal: Could not read from "
            "remote repository.\n\nPlease make sure you have the correct access rights\nand the "
            "repository exists."
        ),
        P,
    ),  # git
    (
        "git clone git@github.com:acme/payments.git",
        128,
        (
            "git@github.com: Permission denied (publickey).\nfatal: Could not read from remote "
            "repository.\n\nPlease make sure you have the correct access rights\nand the repository "
            "exists."
        ),
        P,
    ),  # git
    (
        "git clone git@github.com:acme/payments.git",
        128,
        (
            "Host key verification failed.\nfatal: Could not read from remote repository.\n\nPlease "
            "make sure you have the correct access rights\nand the repository exists."
        ),
        P,
    ),  # git
    (
        "git clone git@github.com:acme/payments.git",
        128,
        (
            "ssh: connect to host github.com port 22: Connection timed out\nfatal: Could not read "
            "from remote repository.\n\nPlease make sure you have the correct access rights\nand "
            "the repository exists."
        ),
        T,
    ),  # git
    (
        "git clone git@github.com:acme/payments.git",
        128,
        (
            "ssh: connect to host github.com port 22: Connection refused\nfatal: Could not read "
            "from remote repository.\n\nPlease make sure you have the correct access rights\nand "
            "the repository exists."
        ),
        T,
    ),  # git
    (
        "git clone git@github.com:acme/payments.git",
        128,
        (
            "ssh: Could not resolve hostname github.com: Temporary failure in name resolution\n"
            "fatal: Could not read from remote repository.\n\nPlease make sure you have the "
            "correct access rights\nand the repository exists."
        ),
        T,
    ),  # git
    (
        "git fetch origin",
        128,
        (
            "kex_exchange_identification: read: Connection reset by peer\nConnection reset by "
            "140.82.121.4 port 22\nfatal: Could not read from remote repository.\n\nPlease make "
            "sure you have the correct access rights\nand the repository exists."
        ),
        T,
    ),  # git
    (
        "git status",
        128,
        (
            "fatal: detected dubious ownership in repository at '/srv/repos/payments'\nTo add an "
            "exception for this directory, call:\n\n\tgit config --global --add safe.directory "
            "/srv/repos/payments"
        ),
        P,
    ),  # git
    (
        "git fetch origin feature/ledger-v2",
        128,
        "fatal: couldn't find remote ref refs/heads/feature/ledger-v2",
        P,
    ),  # git
    (
        "git clone --branch v9.9.9 https://github.com/acme/payments.git",
        128,
        "fatal: Remote branch v9.9.9 not found in upstream origin",
        P,
    ),  # git
    ("git commit -m sync", 128, "fatal: unable to auto-detect email address (got 'app@worker-7.(none)')", P),  # git
    ("git add data/out.csv", 128, "fatal: pathspec 'data/out.csv' did not match any files", P),  # git
    ("git merge feature/ledger", 128, "merge: feature/ledger - not something we can merge", P),  # git
    ("git pull", 128, "fatal: Need to specify how to reconcile divergent branches.", P),  # git
    (
        "git fetch origin",
        128,
        (
            "error: cannot lock ref 'refs/remotes/origin/main': is at "
            "3f2a9c1e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 but expected "
            "9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c"
        ),
        T,
    ),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        ("fatal: rate limited by 'https://github.com/acme/payments.git/', please try again in 60 seconds"),
        T,
    ),  # git
    (
        "git status",
        128,
        (
            "error: object file .git/objects/3f/2a9c1e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 is empty\n"
            "fatal: loose object 3f2a9c1e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 (stored in "
            ".git/objects/3f/2a9c1e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39) is corrupt"
        ),
        P,
    ),  # git
    ("git merge origin/main", 128, "fatal: You have not concluded your merge (MERGE_HEAD exists).", P),  # git
    ("git checkout main", 1, "error: you need to resolve your current index first", P),  # git
    ("git checkout release/2.1", 128, "fatal: invalid reference: release/2.1", P),  # git
    (
        "git clone https://github.com/acme/payments.git",
        128,
        (
            "fatal: unable to access 'https://github.com/acme/payments.git/' with "
            "http.pinnedPubkey configuration: SSL: public key does not match pinned public key"
        ),
        P,
    ),  # git
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        7,
        ("curl: (7) Failed to connect to api.partner.example.com port 443 after 3 ms: Couldn't connect to server"),
        T,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        7,
        ("curl: (7) Failed to connect to api.partner.example.com port 443 after 2 ms: Could not connect to server"),
        T,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        7,
        "curl: (7) Failed to connect to 10.0.0.5 port 8080 after 0 ms: Connection refused",
        T,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        28,
        "curl: (28) Connection timed out after 10001 milliseconds",
        T,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        28,
        "curl: (28) Operation timed out after 30000 milliseconds with 0 bytes received",
        T,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        28,
        ("curl: (28) Operation timed out after 30001 milliseconds with 524288 out of 1048576 bytes received"),
        T,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        28,
        "curl: (28) Resolving timed out after 5000 milliseconds",
        T,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        28,
        ("curl: (28) Failed to connect to api.partner.example.com port 443 after 75003 ms: Timeout was reached"),
        T,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        35,
        ("curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to api.partner.example.com:443 "),
        T,
    ),  # curl
    ("curl -fsS https://api.partner.example.com/v1/export", 52, "curl: (52) Empty reply from server", T),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        56,
        "curl: (56) Recv failure: Connection reset by peer",
        T,
    ),  # curl
    ("curl -fsS https://api.partner.example.com/v1/export", 55, "curl: (55) Send failure: Broken pipe", T),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        22,
        "curl: (22) The requested URL returned error: 404",
        P,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        22,
        "curl: (22) The requested URL returned error: 503",
        T,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        22,
        "curl: (22) The requested URL returned error: 502",
        T,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        22,
        "curl: (22) The requested URL returned error: 504",
        T,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        22,
        "curl: (22) The requested URL returned error: 401",
        P,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        22,
        "curl: (22) The requested URL returned error: 403",
        P,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        22,
        "curl: (22) The requested URL returned error: 429",
        T,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        22,
        "curl: (22) The requested URL returned error: 422",
        V,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        60,
        (
            "curl: (60) SSL certificate problem: unable to get local issuer certificate\nMore "
            "details here: https://curl.se/docs/sslcerts.html"
        ),
        P,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        60,
        "curl: (60) SSL certificate problem: certificate has expired",
        P,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        60,
        "curl: (60) SSL certificate problem: self-signed certificate in certificate chain",
        P,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        18,
        "curl: (18) transfer closed with 1048576 bytes remaining to read",
        T,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        18,
        "curl: (18) transfer closed with outstanding read data remaining",
        T,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        47,
        "curl: (47) Maximum (50) redirects followed",
        P,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        16,
        "curl: (16) Error in the HTTP2 framing layer",
        T,
    ),  # curl
    ("curl -fsS https://api.partner.example.com/v1/export", 27, "curl: (27) Out of memory", R),  # curl
    ("curl -fsS https://api.partner.example.com/v1/export", 1, "curl: (1) Unsupported protocol", P),  # curl
    ("curl -fsS https://api.partner.example.com/v1/export", 67, "curl: (67) Login denied", P),  # curl
    ("curl -fsS https://api.partner.example.com/v1/export", 9, "curl: (9) Access denied to remote resource", P),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        70,
        "curl: (70) Disk full or allocation exceeded",
        R,
    ),  # curl
    ("curl -fsS https://api.partner.example.com/v1/export", 78, "curl: (78) Remote file not found", P),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        58,
        "curl: (58) Problem with the local SSL certificate",
        P,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        77,
        "curl: (77) Problem with the SSL CA cert (path? access rights?)",
        P,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        51,
        "curl: (51) SSL peer certificate or SSH remote key was not OK",
        P,
    ),  # curl
    (
        "curl -fsS https://api.partner.example.com/v1/export",
        90,
        "curl: (90) SSL public key does not match pinned public key",
        P,
    ),  # curl
    ("ssh deploy@10.0.4.7 /opt/app/bin/reload", 255, "deploy@10.0.4.7: Permission denied (publickey).", P),  # openssh
    (
        "ssh deploy@10.0.4.7 /opt/app/bin/reload",
        255,
        "deploy@10.0.4.7: Permission denied (publickey,password).",
        P,
    ),  # openssh
    ("ssh deploy@10.0.4.7 /opt/app/bin/reload", 255, "Host key verification failed.", P),  # openssh
    (
        "scp out.tar deploy@10.0.4.7:/srv/in/",
        255,
        "Host key verification failed.\nscp: Connection closed",
        P,
    ),  # openssh
    (
        "ssh deploy@10.0.4.7 /opt/app/bin/reload",
        255,
        "Connection timed out during banner exchange\nConnection to 10.0.4.7 port 22 timed out",
        T,
    ),  # openssh
    (
        "ssh deploy@10.0.4.7 /opt/app/bin/reload",
        255,
        "ssh: connect to host 10.0.4.7 port 22: Connection refused",
        T,
    ),  # openssh
    (
        "ssh deploy@10.0.4.7 /opt/app/bin/reload",
        255,
        "ssh: connect to host 10.0.4.7 port 22: Connection timed out",
        T,
    ),  # openssh
    (
        "ssh deploy@10.0.4.7 /opt/app/bin/reload",
        255,
        "ssh: connect to host 10.0.4.7 port 22: No route to host",
        T,
    ),  # openssh
    (
        "ssh deploy@10.0.4.7 /opt/app/bin/reload",
        255,
        "ssh: connect to host 10.0.4.7 port 22: Network is unreachable",
        T,
    ),  # openssh
    (
        "ssh deploy@10.0.4.7 /opt/app/bin/reload",
        255,
        ("kex_exchange_identification: read: Connection reset by peer\nConnection reset by 10.0.4.7 port 22"),
        T,
    ),  # openssh
    (
        "ssh deploy@10.0.4.7 /opt/app/bin/reload",
        255,
        ("kex_exchange_identification: Connection closed by remote host\nConnection closed by 10.0.4.7 port 22"),
        T,
    ),  # openssh
    (
        "scp out.tar deploy@10.0.4.7:/srv/in/",
        255,
        "Connection reset by 10.0.4.7 port 22\r\nlost connection",
        T,
    ),  # openssh
    (
        "ssh deploy@10.0.4.7 /opt/app/bin/reload",
        255,
        ("Unable to negotiate with 10.0.4.7 port 22: no matching host key type found. Their offer: ssh-rsa,ssh-dss"),
        P,
    ),  # openssh
    (
        "ssh deploy@10.0.4.7 /opt/app/bin/reload",
        255,
        (
            "Unable to negotiate with 10.0.4.7 port 22: no matching key exchange method found. "
            "Their offer: diffie-hellman-group1-sha1"
        ),
        P,
    ),  # openssh
    (
        "ssh deploy@10.0.4.7 /opt/app/bin/reload",
        255,
        (
            "Received disconnect from 10.0.4.7 port 22:2: Too many authentication failures\n"
            "Disconnected from 10.0.4.7 port 22"
        ),
        P,
    ),  # openssh
    ("ssh deploy@10.0.4.7 /opt/app/bin/reload", 255, "Bad owner or permissions on /home/app/.ssh/config", P),  # openssh
    (
        "ssh deploy@10.0.4.7 /opt/app/bin/reload",
        255,
        ("ssh: Could not resolve hostname backup.internal: Temporary failure in name resolution"),
        T,
    ),  # openssh
    (
        "ssh deploy@10.0.4.7 /opt/app/bin/reload",
        255,
        (
            "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n@    WARNING: REMOTE "
            "HOST IDENTIFICATION HAS CHANGED!     @\n"
            "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\nIT IS POSSIBLE THAT "
            "SOMEONE IS DOING SOMETHING NASTY!\nHost key for 10.0.4.7 has changed and you have "
            "requested strict checking.\nHost key verification failed."
        ),
        P,
    ),  # openssh
    (
        "rsync -az /data/out/ backup:/srv/backup/",
        30,
        "rsync error: timeout in data send/receive (code 30) at io.c(197) [sender=3.2.7]",
        T,
    ),  # rsync
    (
        "rsync -az /data/out/ backup:/srv/backup/",
        35,
        ("rsync error: timeout waiting for daemon connection (code 35) at socket.c(278) [sender=3.2.7]"),
        T,
    ),  # rsync
    (
        "rsync -az /data/out/ backup:/srv/backup/",
        12,
        (
            "rsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync "
            "error: error in rsync protocol data stream (code 12) at io.c(231) [sender=3.2.7]"
        ),
        T,
    ),  # rsync
    (
        "rsync -az /data/out/ backup:/srv/backup/",
        10,
        (
            "rsync: [sender] read error: Connection reset by peer (104)\nrsync error: error in "
            "socket IO (code 10) at io.c(806) [sender=3.2.7]"
        ),
        T,
    ),  # rsync
    (
        "rsync -az /data/out/ backup:/srv/backup/",
        22,
        ("rsync error: error allocating core memory buffers (code 22) at util2.c(80) [sender=3.2.7]"),
        R,
    ),  # rsync
    (
        "rsync -az /data/out/ backup:/srv/backup/",
        1,
        "rsync error: syntax or usage error (code 1) at main.c(1795) [client=3.2.7]",
        P,
    ),  # rsync
    (
        "rsync -az /data/out/ backup:/srv/backup/",
        127,
        (
            "bash: line 1: rsync: command not found\nrsync: connection unexpectedly closed (0 "
            "bytes received so far) [sender]\nrsync error: remote command not found (code 127) at "
            "io.c(226) [sender=3.2.7]"
        ),
        P,
    ),  # rsync
    (
        "rsync -az /data/out/ backup:/srv/backup/",
        11,
        (
            'rsync: [receiver] write failed on "/srv/backup/a.bin": No space left on device (28)\n'
            "rsync error: error in file IO (code 11) at receiver.c(381) [receiver=3.2.7]"
        ),
        R,
    ),  # rsync
    (
        "rsync -az /data/out/ backup:/srv/backup/",
        23,
        (
            'rsync: [sender] change_dir "/data/out" failed: No such file or directory (2)\nrsync '
            "error: some files/attrs were not transferred (see previous errors) (code 23) at "
            "main.c(1338) [sender=3.2.7]"
        ),
        P,
    ),  # rsync
    (
        "rsync -az /data/out/ backup:/srv/backup/",
        23,
        (
            'rsync: [receiver] mkstemp "/srv/backup/.a.bin.Xy12" failed: Permission denied (13)\n'
            "rsync error: some files/attrs were not transferred (see previous errors) (code 23) "
            "at main.c(1338) [sender=3.2.7]"
        ),
        P,
    ),  # rsync
    (
        "rsync -az /data/out/ backup:/srv/backup/",
        2,
        "rsync error: protocol incompatibility (code 2) at compat.c(600) [sender=3.2.7]",
        P,
    ),  # rsync
    (
        "rsync -az /data/out/ backup:/srv/backup/",
        4,
        ("rsync error: requested action not supported (code 4) at clientserver.c(1080) [sender=3.2.7]"),
        P,
    ),  # rsync
    (
        "rsync -az /data/out/ backup:/srv/backup/",
        255,
        (
            "deploy@backup: Permission denied (publickey).\nrsync: connection unexpectedly closed "
            "(0 bytes received so far) [sender]\nrsync error: unexplained error (code 255) at "
            "io.c(231) [sender=3.2.7]"
        ),
        P,
    ),  # rsync
    (
        "pip install -r requirements.txt",
        1,
        (
            "ERROR: Could not find a version that satisfies the requirement torch==9.9.9 (from "
            "versions: 2.0.0, 2.0.1, 2.1.0, 2.2.0)\nERROR: No matching distribution found for "
            "torch==9.9.9"
        ),
        P,
    ),  # pip
    (
        "pip install -r requirements.txt",
        1,
        (
            "ERROR: Cannot install fastapi==0.110.0 and pydantic==1.10.13 because these package "
            "versions have conflicting dependencies.\n\nThe conflict is caused by:\n    The user "
            "requested pydantic==1.10.13\n    fastapi 0.110.0 depends on pydantic!=1.8, !=1.8.1, "
            "!=2.0.0, !=2.0.1, !=2.1.0, <3.0.0 and >=1.7.4\n\nERROR: ResolutionImpossible: for "
            "help visit "
            "https://pip.pypa.io/en/latest/topics/dependency-resolution/#dealing-with-dependency-"
            "conflicts"
        ),
        P,
    ),  # pip
    (
        "pip install -r requirements.txt",
        1,
        ("ERROR: Could not install packages due to an OSError: [Errno 28] No space left on device"),
        R,
    ),  # pip
    (
        "pip install -r requirements.txt",
        1,
        (
            "ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: "
            "'/usr/lib/python3/dist-packages/requests'\nConsider using the `--user` option or "
            "check the permissions."
        ),
        P,
    ),  # pip
    (
        "pip install -r requirements.txt",
        1,
        (
            "ERROR: Could not install packages due to an OSError: "
            "HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Max retries exceeded "
            "with url: /packages/ab/cd/numpy-1.26.4.whl (Caused by ProtocolError('Connection "
            "aborted.', ConnectionResetError(104, 'Connection reset by peer')))"
        ),
        T,
    ),  # pip
    (
        "pip install -r requirements.txt",
        1,
        (
            "pip._vendor.urllib3.exceptions.ReadTimeoutError: "
            "HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out."
        ),
        T,
    ),  # pip
    (
        "pip install -r requirements.txt",
        1,
        (
            "error: externally-managed-environment\n\n\u00d7 This environment is externally managed\n╰─> "
            "To install Python packages system-wide, try apt install\n    python3-xyz, where xyz "
            "is the package you are trying to\n    install."
        ),
        P,
    ),  # pip
    (
        "pip install -r requirements.txt",
        1,
        ("ERROR: numpy-1.26.4-cp312-cp312-manylinux_2_17_x86_64.whl is not a supported wheel on this platform."),
        P,
    ),  # pip
    (
        "pip install -r requirements.txt",
        1,
        "ERROR: Package 'ledger-tools' requires a different Python: 3.8.10 not in '>=3.9'",
        P,
    ),  # pip
    (
        "pip install -r requirements.txt",
        1,
        (
            "ERROR: Could not install packages due to an OSError: "
            "HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: "
            "/simple/requests/ (Caused by "
            "NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at "
            "0x7f3a2c1b5e10>: Failed to establish a new connection: [Errno 101] Network is "
            "unreachable'))"
        ),
        T,
    ),  # pip
    (
        "pip install -r requirements.txt",
        1,
        (
            "ERROR: Could not install packages due to an OSError: "
            "HTTPSConnectionPool(host='pypi.internal', port=443): Max retries exceeded with url: "
            "/simple/requests/ (Caused by SSLError(SSLCertVerificationError(1, '[SSL: "
            "CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer "
            "certificate (_ssl.c:1006)')))"
        ),
        P,
    ),  # pip
    (
        "npm ci",
        1,
        (
            "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! "
            "\nnpm ERR! While resolving: web@1.0.0\nnpm ERR! Found: react@18.2.0"
        ),
        P,
    ),  # npm
    (
        "npm ci",
        1,
        (
            "npm error code ERESOLVE\nnpm error ERESOLVE could not resolve\nnpm error\nnpm error "
            "While resolving: @acme/ui@2.1.0"
        ),
        P,
    ),  # npm
    (
        "npm ci",
        1,
        (
            "npm error code E404\nnpm error 404 Not Found - GET "
            "https://registry.npmjs.org/@acme%2fmissing - Not found\nnpm error 404\nnpm error 404  "
            "'@acme/missing@*' is not in this registry."
        ),
        P,
    ),  # npm
    (
        "npm ci",
        1,
        (
            "npm ERR! code ETARGET\nnpm ERR! notarget No matching version found for "
            "lodash@^9.0.0.\nnpm ERR! notarget In most cases you or one of your dependencies are "
            "requesting\nnpm ERR! notarget a package version that doesn't exist."
        ),
        P,
    ),  # npm
    (
        "npm ci",
        1,
        (
            "npm ERR! code ETIMEDOUT\nnpm ERR! syscall connect\nnpm ERR! errno ETIMEDOUT\nnpm ERR! "
            "network request to https://registry.npmjs.org/express failed, reason: connect "
            "ETIMEDOUT 104.16.0.35:443"
        ),
        T,
    ),  # npm
    (
        "npm ci",
        1,
        (
            "npm ERR! code ECONNRESET\nnpm ERR! network request to "
            "https://registry.npmjs.org/express failed, reason: socket hang up"
        ),
        T,
    ),  # npm
    (
        "npm ci",
        1,
        (
            "npm ERR! code EAI_AGAIN\nnpm ERR! syscall getaddrinfo\nnpm ERR! errno EAI_AGAIN\nnpm "
            "ERR! request to https://registry.npmjs.org/express failed, reason: getaddrinfo "
            "EAI_AGAIN registry.npmjs.org"
        ),
        T,
    ),  # npm
    (
        "npm ci",
        1,
        (
            "npm ERR! code EACCES\nnpm ERR! syscall mkdir\nnpm ERR! path "
            "/usr/local/lib/node_modules/pm2\nnpm ERR! errno -13\nnpm ERR! Error: EACCES: "
            "permission denied, mkdir '/usr/local/lib/node_modules/pm2'"
        ),
        P,
    ),  # npm
    ("npm ci", 1, "npm error code E401\nnpm error Incorrect or missing password.", P),  # npm
    (
        "npm ci",
        1,
        ('npm ERR! code E401\nnpm ERR! Unable to authenticate, need: Basic realm="GitHub Package Registry"'),
        P,
    ),  # npm
    (
        "npm ci",
        1,
        ("npm ERR! code E403\nnpm ERR! 403 403 Forbidden - GET https://npm.internal/@acme%2fledger - Forbidden"),
        P,
    ),  # npm
    (
        "npm ci",
        1,
        (
            "npm ERR! code ENOSPC\nnpm ERR! syscall write\nnpm ERR! errno -28\nnpm ERR! nospc "
            "ENOSPC: no space left on device, write"
        ),
        R,
    ),  # npm
    (
        "npm ci",
        1,
        (
            "npm ERR! code ENOLOCK\nnpm ERR! audit This command requires an existing lockfile.\n"
            "npm ERR! audit Try creating one first with: npm i --package-lock-only"
        ),
        P,
    ),  # npm
    (
        "npm ci",
        1,
        (
            "npm ERR! code EBADENGINE\nnpm ERR! engine Unsupported engine\nnpm ERR! engine Not "
            "compatible with your version of node/npm: vite@5.0.0"
        ),
        P,
    ),  # npm
    (
        "npm ci",
        1,
        ("npm ERR! code EPUBLISHCONFLICT\nnpm ERR! publish fail Cannot publish over existing version."),
        V,
    ),  # npm
    (
        "npm ci",
        1,
        (
            "npm ERR! code ENEEDAUTH\nnpm ERR! need auth This command requires you to be logged "
            "in to https://registry.npmjs.org/\nnpm ERR! need auth You need to authorize this "
            "machine using `npm adduser`"
        ),
        P,
    ),  # npm
    ("npm ci", 1, "npm ERR! code ERR_SOCKET_TIMEOUT\nnpm ERR! network Socket timeout", T),  # npm
    (
        "apt-get install -y libpq-dev",
        100,
        (
            "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 2345 "
            "(apt-get)\nE: Unable to acquire the dpkg frontend lock "
            "(/var/lib/dpkg/lock-frontend), is another process using it?"
        ),
        T,
    ),  # apt
    (
        "apt-get install -y libpq-dev",
        100,
        "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 812 (apt)",
        T,
    ),  # apt
    (
        "apt-get install -y libpq-dev",
        100,
        (
            "E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission "
            "denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), "
            "are you root?"
        ),
        P,
    ),  # apt
    ("apt-get install -y libpq-dev", 100, "E: Unable to locate package libpq-devv", P),  # apt
    ("apt-get install -y libpq-dev", 100, "E: Package 'python3-distutils' has no installation candidate", P),  # apt
    ("apt-get install -y libpq-dev", 100, "E: Unable to correct problems, you have held broken packages.", P),  # apt
    ("apt-get install -y libpq-dev", 100, "E: You don't have enough free space in /var/cache/apt/archives/.", R),  # apt
    (
        "apt-get install -y libpq-dev",
        100,
        (
            "W: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Temporary "
            "failure resolving 'deb.debian.org'"
        ),
        T,
    ),  # apt
    (
        "apt-get install -y libpq-dev",
        100,
        (
            "E: Failed to fetch "
            "http://deb.debian.org/debian/pool/main/c/curl/curl_7.88.1-10_amd64.deb  Could not "
            "connect to deb.debian.org:80 (151.101.2.132), connection timed out"
        ),
        T,
    ),  # apt
    (
        "apt-get install -y libpq-dev",
        100,
        (
            "E: Failed to fetch "
            "http://deb.debian.org/debian/pool/main/c/curl/curl_7.88.1-10_amd64.deb  404  Not "
            "Found [IP: 151.101.2.132 80]\nE: Unable to fetch some archives, maybe run apt-get "
            "update or try with --fix-missing?"
        ),
        P,
    ),  # apt
    (
        "apt-get install -y libpq-dev",
        100,
        ("E: The repository 'http://ppa.launchpad.net/acme/tools/ubuntu jammy Release' does not have a Release file."),
        P,
    ),  # apt
    (
        "apt-get install -y libpq-dev",
        100,
        (
            "W: GPG error: https://packages.acme.io/apt stable InRelease: The following "
            "signatures couldn't be verified because the public key is not available: NO_PUBKEY "
            "871920D1991BC93C\nE: The repository 'https://packages.acme.io/apt stable InRelease' "
            "is not signed."
        ),
        P,
    ),  # apt
    (
        "apk add --no-cache git",
        1,
        (
            "fetch https://dl-cdn.alpinelinux.org/alpine/v3.19/main/x86_64/APKINDEX.tar.gz\n"
            "ERROR: https://dl-cdn.alpinelinux.org/alpine/v3.19/main: temporary error (try again "
            "later)"
        ),
        T,
    ),  # apk
    (
        "apk add --no-cache libpq-devv",
        1,
        ("ERROR: unable to select packages:\n  libpq-devv (no such package):\n    required by: world[libpq-devv]"),
        P,
    ),  # apk
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        ("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"),
        T,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        (
            "Error response from daemon: pull access denied for acme/worker, repository does not "
            "exist or may require 'docker login': denied: requested access to the resource is "
            "denied"
        ),
        P,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        (
            "Error response from daemon: toomanyrequests: You have reached your pull rate limit. "
            "You may increase the limit by authenticating and upgrading: "
            "https://www.docker.com/increase-rate-limit"
        ),
        T,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        ("Error response from daemon: manifest for acme/worker:9.9.9 not found: manifest unknown: manifest unknown"),
        P,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        "write /var/lib/docker/tmp/GetImageBlob3428157: no space left on device",
        R,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        ("failed to register layer: write /usr/lib/x86_64-linux-gnu/libLLVM-15.so.1: no space left on device"),
        R,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        (
            "docker: Error response from daemon: failed to create task for container: failed to "
            "create shim task: OCI runtime create failed: runc create failed: unable to start "
            'container process: exec: "worker": executable file not found in $PATH: unknown.'
        ),
        P,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        (
            "docker: Error response from daemon: failed to create shim task: OCI runtime create "
            "failed: runc create failed: unable to start container process: exec: "
            '"/srv/app/start.sh": permission denied: unknown.'
        ),
        P,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        "Error response from daemon: No such container: ingest-worker-1",
        P,
    ),  # docker
    ("docker pull registry.internal/acme/worker:2.4.1", 1, "Error: No such image: acme/worker:2.4.1", P),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        (
            "Error response from daemon: Head "
            '"https://registry.internal/v2/acme/worker/manifests/2.4.1": unauthorized: '
            "authentication required"
        ),
        P,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        (
            'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: '
            "request canceled while waiting for connection (Client.Timeout exceeded while "
            "awaiting headers)"
        ),
        T,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        (
            'Error response from daemon: Get "https://registry.internal/v2/": x509: certificate '
            "signed by unknown authority"
        ),
        P,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        "no matching manifest for linux/arm64/v8 in the manifest list entries",
        P,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        (
            "permission denied while trying to connect to the Docker daemon socket at "
            "unix:///var/run/docker.sock: Get "
            '"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix '
            "/var/run/docker.sock: connect: permission denied"
        ),
        P,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        (
            "Error response from daemon: Head "
            '"https://registry-1.docker.io/v2/library/nginx/manifests/latest": received '
            "unexpected HTTP status: 503 Service Unavailable"
        ),
        T,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        "denied: requested access to the resource is denied",
        P,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        (
            'Error response from daemon: Get "https://registry.internal/v2/": unauthorized: '
            "incorrect username or password"
        ),
        P,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        (
            'error during connect: Get "http://docker:2375/v1.24/info": dial tcp '
            "172.18.0.3:2375: connect: connection refused"
        ),
        T,
    ),  # docker
    (
        "docker pull registry.internal/acme/worker:2.4.1",
        1,
        (
            "toomanyrequests: You have reached your pull rate limit as 'ci-bot': dckr_jti_xxx. "
            "You may increase the limit by authenticating and upgrading: "
            "https://www.docker.com/increase-rate-limit"
        ),
        T,
    ),  # docker
    (
        "node scripts/render.js",
        1,
        ("Error: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)"),
        T,
    ),  # node
    (
        "node scripts/render.js",
        1,
        ("Error: write EPIPE\n    at afterWriteDispatched (node:internal/stream_base_commons:160:15)"),
        T,
    ),  # node
    ("node scripts/render.js", 1, "Error: getaddrinfo EAI_AGAIN api.partner.example.com", T),  # node
    (
        "node scripts/render.js",
        1,
        (
            "Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as "
            "oncomplete] (node:net:1555:16)"
        ),
        T,
    ),  # node
    ("node scripts/render.js", 1, "Error: connect ETIMEDOUT 10.0.0.5:443", T),  # node
    (
        "node scripts/render.js",
        1,
        "Error: ENOENT: no such file or directory, open '/app/config/settings.json'",
        P,
    ),  # node
    ("node scripts/render.js", 1, "Error: EACCES: permission denied, open '/var/log/app/render.log'", P),  # node
    ("node scripts/render.js", 1, "Error: EMFILE: too many open files, open '/data/tiles/12/2048/1361.png'", R),  # node
    ("node scripts/render.js", 1, "Error: ENOSPC: no space left on device, write", R),  # node
    (
        "node scripts/render.js",
        1,
        "Error: socket hang up\n    at connResetException (node:internal/errors:720:14)",
        T,
    ),  # node
    ("node scripts/render.js", 1, "Error [ERR_STREAM_PREMATURE_CLOSE]: Premature close", T),  # node
    (
        "node scripts/render.js",
        1,
        ('TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be of type string. Received undefined'),
        P,
    ),  # node
    (
        "node scripts/render.js",
        1,
        ("Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'express' imported from /app/index.js"),
        P,
    ),  # node
    ("node scripts/render.js", 1, "Error: Cannot find module 'sharp'\nRequire stack:\n- /app/render.js", P),  # node
    (
        "node scripts/render.js",
        1,
        "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
        R,
    ),  # node
    (
        "node scripts/render.js",
        1,
        ("FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory"),
        R,
    ),  # node
    (
        "node scripts/render.js",
        1,
        (
            "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's "
            "altnames: Host: api.partner.example.com. is not in the cert's altnames: "
            "DNS:*.example.org"
        ),
        P,
    ),  # node
    ("node scripts/render.js", 1, "Error: unable to verify the first certificate", P),  # node
    ("node scripts/render.js", 1, "Error: self-signed certificate in certificate chain", P),  # node
    ("node scripts/render.js", 1, "Error: certificate has expired", P),  # node
    (
        "node scripts/render.js",
        1,
        "Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the client",
        P,
    ),  # node
    (
        "node scripts/render.js",
        1,
        (
            "TypeError: fetch failed\n    [cause]: ConnectTimeoutError: Connect Timeout Error "
            "(attempted address: api.partner.example.com:443, timeout: 10000ms)"
        ),
        T,
    ),  # node
    (
        "node scripts/render.js",
        1,
        (
            "Error [ERR_REQUIRE_ESM]: require() of ES Module "
            "/app/node_modules/node-fetch/src/index.js from /app/render.js not supported."
        ),
        P,
    ),  # node
    ("node scripts/render.js", 1, "Error: spawn ffmpeg ENOENT", P),  # node
    (
        "node scripts/render.js",
        1,
        ("Error [ERR_WORKER_OUT_OF_MEMORY]: Worker terminated due to reaching memory limit: JS heap out of memory"),
        R,
    ),  # node
    (
        "node scripts/render.js",
        1,
        "Error: EBUSY: resource busy or locked, rename 'C:\\data\\out.tmp' -> 'C:\\data\\out.csv'",
        T,
    ),  # node
    (
        "aws s3 cp s3://acme-exports/daily.csv /tmp/daily.csv",
        253,
        ('\nUnable to locate credentials. You can configure credentials by running "aws configure".'),
        P,
    ),  # aws-cli
    (
        "aws s3 cp s3://acme-exports/daily.csv /tmp/daily.csv",
        255,
        ('\nCould not connect to the endpoint URL: "https://s3.eu-west-1.amazonaws.com/acme-exports/daily.csv"'),
        T,
    ),  # aws-cli
    (
        "aws s3 cp s3://acme-exports/daily.csv /tmp/daily.csv",
        254,
        (
            "\nAn error occurred (ThrottlingException) when calling the DescribeStacks operation "
            "(reached max retries: 2): Rate exceeded"
        ),
        T,
    ),  # aws-cli
    (
        "aws s3 cp s3://acme-exports/daily.csv /tmp/daily.csv",
        254,
        (
            "\nAn error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The "
            "security token included in the request is expired"
        ),
        P,
    ),  # aws-cli
    (
        "aws s3 cp s3://acme-exports/daily.csv /tmp/daily.csv",
        1,
        ("fatal error: An error occurred (404) when calling the HeadObject operation: Not Found"),
        P,
    ),  # aws-cli
    (
        "aws s3 cp s3://acme-exports/daily.csv /tmp/daily.csv",
        1,
        (
            "upload failed: ./daily.csv to s3://acme-exports/daily.csv An error occurred "
            "(SlowDown) when calling the PutObject operation (reached max retries: 4): Please "
            "reduce your request rate."
        ),
        T,
    ),  # aws-cli
    (
        "aws s3 cp s3://acme-exports/daily.csv /tmp/daily.csv",
        1,
        (
            "download failed: s3://acme-exports/daily.csv to ./daily.csv An error occurred (403) "
            "when calling the HeadObject operation: Forbidden"
        ),
        P,
    ),  # aws-cli
    (
        "psql -h db.internal -U app -c 'select 1' orders",
        2,
        (
            'psql: error: connection to server at "db.internal" (10.0.0.5), port 5432 failed: '
            "Connection refused\n\tIs the server running on that host and accepting TCP/IP "
            "connections?"
        ),
        T,
    ),  # psql
    (
        "psql -h db.internal -U app -c 'select 1' orders",
        2,
        (
            'psql: error: connection to server at "db.internal" (10.0.0.5), port 5432 failed: '
            'FATAL:  password authentication failed for user "app"'
        ),
        P,
    ),  # psql
    (
        "psql -h db.internal -U app -c 'select 1' orders",
        2,
        (
            'psql: error: connection to server at "db.internal" (10.0.0.5), port 5432 failed: '
            "FATAL:  sorry, too many clients already"
        ),
        R,
    ),  # psql
    (
        "psql -h db.internal -U app -c 'select 1' orders",
        2,
        (
            'psql: error: connection to server at "db.internal" (10.0.0.5), port 5432 failed: '
            'FATAL:  database "orders" does not exist'
        ),
        P,
    ),  # psql
    (
        "psql -h db.internal -U app -c 'select 1' orders",
        2,
        (
            'psql: error: connection to server at "db.internal" (10.0.0.5), port 5432 failed: '
            "FATAL:  the database system is starting up"
        ),
        T,
    ),  # psql
    (
        "psql -h db.internal -U app -c 'select 1' orders",
        1,
        (
            "ERROR:  deadlock detected\nDETAIL:  Process 4242 waits for ShareLock on transaction "
            "991; blocked by process 4243."
        ),
        T,
    ),  # psql
    (
        "mysql -h db.internal -u app orders",
        1,
        "ERROR 1045 (28000): Access denied for user 'app'@'10.0.4.7' (using password: YES)",
        P,
    ),  # mysql
    (
        "mysql -h db.internal -u app orders",
        1,
        "ERROR 2003 (HY000): Can't connect to MySQL server on 'db.internal:3306' (111)",
        T,
    ),  # mysql
    ("mysql -h db.internal -u app orders", 1, "ERROR 1049 (42000): Unknown database 'orders'", P),  # mysql
    ("mysql -h db.internal -u app orders", 1, "ERROR 1040 (08004): Too many connections", R),  # mysql
    (
        "mysql -h db.internal -u app orders",
        1,
        "ERROR 2013 (HY000): Lost connection to MySQL server during query",
        T,
    ),  # mysql
    (
        "ffmpeg -y -i /data/in/clip.mp4 -c:v libx264 /data/out/clip.mp4",
        1,
        "/data/in/clip.mp4: Invalid data found when processing input",
        V,
    ),  # ffmpeg
    (
        "ffmpeg -y -i /data/in/clip.mp4 -c:v libx264 /data/out/clip.mp4",
        1,
        "https://cdn.example.com/media/clip.mp4: Server returned 404 Not Found",
        P,
    ),  # ffmpeg
    (
        "ffmpeg -y -i /data/in/clip.mp4 -c:v libx264 /data/out/clip.mp4",
        1,
        ("https://cdn.example.com/media/clip.mp4: Server returned 403 Forbidden (access denied)"),
        P,
    ),  # ffmpeg
    (
        "ffmpeg -y -i /data/in/clip.mp4 -c:v libx264 /data/out/clip.mp4",
        1,
        ("https://cdn.example.com/media/clip.mp4: Server returned 401 Unauthorized (authorization failed)"),
        P,
    ),  # ffmpeg
    (
        "ffmpeg -y -i /data/in/clip.mp4 -c:v libx264 /data/out/clip.mp4",
        1,
        "https://cdn.example.com/media/clip.mp4: Server returned 429 Too Many Requests",
        T,
    ),  # ffmpeg
    (
        "ffmpeg -y -i /data/in/clip.mp4 -c:v libx264 /data/out/clip.mp4",
        1,
        "https://cdn.example.com/media/clip.mp4: Server returned 5XX Server Error reply",
        T,
    ),  # ffmpeg
    (
        "ffmpeg -y -i /data/in/clip.mp4 -c:v libx264 /data/out/clip.mp4",
        1,
        "https://cdn.example.com/media/clip.mp4: Server returned 400 Bad Request",
        V,
    ),  # ffmpeg
    (
        "ffmpeg -y -i /data/in/clip.mp4 -c:v libx264 /data/out/clip.mp4",
        1,
        "rtmpx://live.example.com/app/stream: Protocol not found",
        P,
    ),  # ffmpeg
    (
        "ffmpeg -y -i /data/in/clip.mp4 -c:v libx264 /data/out/clip.mp4",
        1,
        ("av_interleaved_write_frame(): No space left on device\n/data/out/clip.mp4: No space left on device"),
        R,
    ),  # ffmpeg
    (
        "ffmpeg -y -i /data/in/clip.mp4 -c:v libx264 /data/out/clip.mp4",
        1,
        "/data/out/clip.mp4: Permission denied",
        P,
    ),  # ffmpeg
    (
        "ffmpeg -y -i /data/in/clip.mp4 -c:v libx264 /data/out/clip.mp4",
        1,
        "Error while filtering: Cannot allocate memory",
        R,
    ),  # ffmpeg
    (
        "ffmpeg -y -i /data/in/clip.mp4 -c:v libx264 /data/out/clip.mp4",
        1,
        "tcp://10.0.0.9:1935: Connection refused",
        T,
    ),  # ffmpeg
    (
        "ffmpeg -y -i /data/in/clip.mp4 -c:v libx264 /data/out/clip.mp4",
        1,
        "tcp://10.0.0.9:1935: Connection timed out",
        T,
    ),  # ffmpeg
    (
        "ffmpeg -y -i /data/in/clip.mp4 -c:v libx264 /data/out/clip.mp4",
        1,
        "Not yet implemented in FFmpeg, patches welcome",
        P,
    ),  # ffmpeg
    (
        "ffmpeg -y -i /data/in/clip.mp4 -c:v libx264 /data/out/clip.mp4",
        1,
        "[libx264 @ 0x55d0] Encoder not found",
        P,
    ),  # ffmpeg
    (
        "convert /data/in/scan.pdf /data/out/scan.png",
        1,
        (
            "convert-im6.q16: attempt to perform an operation not allowed by the security policy "
            "`PDF' @ error/constitute.c/IsCoderAuthorized/421."
        ),
        P,
    ),  # imagemagick
    (
        "convert /data/in/scan.pdf /data/out/scan.png",
        1,
        ("convert: unable to open image `/data/in/scan.png': No such file or directory @ error/blob.c/OpenBlob/2924."),
        P,
    ),  # imagemagick
    (
        "convert /data/in/scan.pdf /data/out/scan.png",
        1,
        ("convert-im6.q16: cache resources exhausted `/data/in/scan.tif' @ error/cache.c/OpenPixelCache/4095."),
        R,
    ),  # imagemagick
    (
        "convert /data/in/scan.pdf /data/out/scan.png",
        1,
        "magick: improper image header `/data/in/upload.png' @ error/png.c/ReadPNGImage/3956.",
        V,
    ),  # imagemagick
    (
        "convert /data/in/scan.pdf /data/out/scan.png",
        1,
        ("magick: insufficient image data in file `/data/in/upload.jpg' @ error/jpeg.c/ReadJPEGImage/1117."),
        V,
    ),  # imagemagick
    (
        "pandoc report.md -o report.pdf",
        47,
        "pdflatex not found. Please select a different --pdf-engine or install pdflatex",
        P,
    ),  # pandoc
    (
        "pandoc report.md -o report.pdf",
        47,
        "pandoc: report.md: openBinaryFile: does not exist (No such file or directory)",
        P,
    ),  # pandoc
    (
        "wkhtmltopdf http://app.internal/report/42 /tmp/report.pdf",
        1,
        "Exit with code 1 due to network error: ConnectionRefusedError",
        T,
    ),  # wkhtmltopdf
    (
        "wkhtmltopdf http://app.internal/report/42 /tmp/report.pdf",
        1,
        "Exit with code 1 due to network error: TimeoutError",
        T,
    ),  # wkhtmltopdf
    (
        "wkhtmltopdf http://app.internal/report/42 /tmp/report.pdf",
        1,
        "Exit with code 1 due to network error: ContentNotFoundError",
        P,
    ),  # wkhtmltopdf
    (
        "yarn install --frozen-lockfile",
        1,
        ('error Couldn\'t find package "@acme/ui@^2.1.0" required by "web@1.0.0" on the "npm" registry.'),
        P,
    ),  # yarn
    (
        "yarn install --frozen-lockfile",
        1,
        'error Couldn\'t find any versions for "lodash" that matches "^9.0.0"',
        P,
    ),  # yarn
    (
        "yarn install --frozen-lockfile",
        1,
        "error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.",
        P,
    ),  # yarn
    (
        "yarn install --frozen-lockfile",
        1,
        (
            'error vite@5.0.0: The engine "node" is incompatible with this module. Expected '
            'version "^18.0.0 || >=20.0.0". Got "16.20.2"\nerror Found incompatible module.'
        ),
        P,
    ),  # yarn
    ("yarn install --frozen-lockfile", 1, 'error Couldn\'t find a package.json file in "/srv/app"', P),  # yarn
    (
        "yarn install --frozen-lockfile",
        1,
        ('error An unexpected error occurred: "https://registry.yarnpkg.com/react: ESOCKETTIMEDOUT".'),
        T,
    ),  # yarn
    (
        "yarn install --frozen-lockfile",
        1,
        (
            "error An unexpected error occurred: "
            '"https://registry.yarnpkg.com/express/-/express-4.18.2.tgz: socket hang up".'
        ),
        T,
    ),  # yarn
    (
        "yarn install --frozen-lockfile",
        1,
        (
            "info There appears to be trouble with your network connection. Retrying...\nerror An "
            'unexpected error occurred: "https://registry.yarnpkg.com/react: getaddrinfo '
            'EAI_AGAIN registry.yarnpkg.com".'
        ),
        T,
    ),  # yarn
    (
        "wget -q https://downloads.partner.example.com/feed.csv",
        8,
        (
            "--2026-11-30 01:00:00--  https://downloads.partner.example.com/feed.csv\nHTTP "
            "request sent, awaiting response... 404 Not Found\n2026-11-30 01:00:00 ERROR 404: Not "
            "Found."
        ),
        P,
    ),  # wget
    (
        "wget -q https://downloads.partner.example.com/feed.csv",
        8,
        (
            "HTTP request sent, awaiting response... 503 Service Unavailable\n2026-11-30 01:00:00 "
            "ERROR 503: Service Unavailable."
        ),
        T,
    ),  # wget
    (
        "wget -q https://downloads.partner.example.com/feed.csv",
        8,
        ("HTTP request sent, awaiting response... 403 Forbidden\n2026-11-30 01:00:00 ERROR 403: Forbidden."),
        P,
    ),  # wget
    (
        "wget -q https://downloads.partner.example.com/feed.csv",
        4,
        (
            "Connecting to downloads.partner.example.com "
            "(downloads.partner.example.com)|203.0.113.7|:443... failed: Connection refused."
        ),
        T,
    ),  # wget
    (
        "wget -q https://downloads.partner.example.com/feed.csv",
        4,
        (
            "Connecting to downloads.partner.example.com "
            "(downloads.partner.example.com)|203.0.113.7|:443... failed: Connection timed out.\n"
            "Retrying."
        ),
        T,
    ),  # wget
    (
        "wget -q https://downloads.partner.example.com/feed.csv",
        3,
        "Cannot write to 'feed.csv' (No space left on device).",
        R,
    ),  # wget
    (
        "wget -q https://downloads.partner.example.com/feed.csv",
        3,
        "Cannot write to '/srv/in/feed.csv' (Permission denied).",
        P,
    ),  # wget
    (
        "poetry install",
        1,
        (
            "Because no versions of pydantic match >2.99,<3.0\n and ledger depends on pydantic "
            "(^2.99), version solving failed."
        ),
        P,
    ),  # poetry
    (
        "uv sync --frozen",
        1,
        (
            "  \u00d7 No solution found when resolving dependencies:\n  ╰─▶ Because there is no "
            "version of numpy==9.9.9 and your project depends on numpy==9.9.9, we can conclude "
            "that your project's requirements are unsatisfiable."
        ),
        P,
    ),  # uv
    (
        "az storage blob upload --account-name acme --container-name in --file feed.csv",
        1,
        "ERROR: Please run 'az login' to setup account.",
        P,
    ),  # az-cli
    (
        "node scripts/render.js",
        1,
        (
            "TypeError: fetch failed\n    [cause]: HeadersTimeoutError: Headers Timeout Error {\n  "
            "    code: 'UND_ERR_HEADERS_TIMEOUT'\n    }"
        ),
        T,
    ),  # node
    (
        "node scripts/render.js",
        1,
        ("TypeError: fetch failed\n    [cause]: SocketError: other side closed {\n      code: 'UND_ERR_SOCKET'\n    }"),
        T,
    ),  # node
    ("node scripts/render.js", 1, "Error: connect EHOSTUNREACH 10.0.0.5:443", T),  # node
    ("node scripts/render.js", 1, "Error: connect ENETUNREACH 10.0.0.5:443", T),  # node
    ("node scripts/render.js", 1, "Error: EPERM: operation not permitted, unlink '/app/cache/lock'", P),  # node
    ("node scripts/render.js", 1, "Error: EISDIR: illegal operation on a directory, read", P),  # node
    (
        "node scripts/render.js",
        1,
        (
            "Error: error:0308010C:digital envelope routines::unsupported\n    at new Hash "
            "(node:internal/crypto/hash:69:19) {\n  library: 'digital envelope routines',\n  "
            "reason: 'unsupported',\n  code: 'ERR_OSSL_EVP_UNSUPPORTED'\n}"
        ),
        P,
    ),  # node
]

# sh's ErrorReturnCode_N text (sh.py) for a failed command: (command, exit status, stderr, label)
SH = [
    (
        "/usr/bin/git clone https://gitlab.internal/acme/payments.git",
        128,
        "fatal: Authentication failed for 'https://gitlab.internal/acme/payments.git/'",
        P,
    ),  # git
    (
        "/usr/bin/git fetch",
        128,
        ("fatal: unable to access 'https://gitlab.internal/acme/payments.git/': The requested URL returned error: 504"),
        T,
    ),  # git
]

# (exc_type as raised, str(exc) as printed, label): Python on Windows, .NET texts, HRESULTs
OTHER = [
    (
        "builtins.ConnectionResetError",
        "[WinError 10054] An existing connection was forcibly closed by the remote host",
        T,
    ),  # windows
    (
        "builtins.PermissionError",
        (
            "[WinError 32] The process cannot access the file because it is being used by "
            "another process: 'C:\\data\\out.csv'"
        ),
        T,
    ),  # windows
    ("builtins.PermissionError", "[WinError 5] Access is denied: 'C:\\Program Files\\Acme\\cache'", P),  # windows
    ("builtins.FileNotFoundError", "[WinError 2] The system cannot find the file specified: 'ffmpeg'", P),  # windows
    (
        "builtins.FileNotFoundError",
        "[WinError 3] The system cannot find the path specified: 'D:\\exports\\2026'",
        P,
    ),  # windows
    (
        "builtins.ConnectionRefusedError",
        ("[WinError 10061] No connection could be made because the target machine actively refused it"),
        T,
    ),  # windows
    (
        "builtins.TimeoutError",
        (
            "[WinError 10060] A connection attempt failed because the connected party did not "
            "properly respond after a period of time, or established connection failed because "
            "connected host has failed to respond"
        ),
        T,
    ),  # windows
    (
        "builtins.ConnectionAbortedError",
        ("[WinError 10053] An established connection was aborted by the software in your host machine"),
        T,
    ),  # windows
    ("builtins.OSError", "[WinError 112] There is not enough space on the disk", R),  # windows
    (
        "builtins.OSError",
        "[WinError 8] Not enough memory resources are available to process this command",
        R,
    ),  # windows
    ("builtins.OSError", "[WinError 1455] The paging file is too small for this operation to complete", R),  # windows
    ("builtins.OSError", "[WinError 126] The specified module could not be found", P),  # windows
    ("builtins.OSError", "[WinError 193] %1 is not a valid Win32 application", P),  # windows
    ("builtins.OSError", "[WinError 1314] A required privilege is not held by the client", P),  # windows
    ("builtins.OSError", "[WinError 121] The semaphore timeout period has expired", T),  # windows
    ("builtins.OSError", "[WinError 64] The specified network name is no longer available", T),  # windows
    ("builtins.BrokenPipeError", "[WinError 109] The pipe has been ended", T),  # windows
    ("builtins.OSError", "[WinError 232] The pipe is being closed", T),  # windows
    (
        "builtins.OSError",
        ("[WinError 33] The process cannot access the file because another process has locked a portion of the file"),
        T,
    ),  # windows
    (
        "builtins.OSError",
        ("[WinError 1450] Insufficient system resources exist to complete the requested service"),
        R,
    ),  # windows
    ("builtins.OSError", "[WinError 10065] A socket operation was attempted to an unreachable host", T),  # windows
    ("builtins.OSError", "[WinError 10051] A socket operation was attempted to an unreachable network", T),  # windows
    (
        "builtins.RuntimeError",
        (
            "System.IO.IOException: The process cannot access the file 'C:\\data\\out.csv' because "
            "it is being used by another process."
        ),
        T,
    ),  # windows
    (
        "builtins.RuntimeError",
        ("System.UnauthorizedAccessException: Access to the path 'C:\\Program Files\\Acme\\cache' is denied."),
        P,
    ),  # windows
    (
        "builtins.RuntimeError",
        ("System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown."),
        R,
    ),  # windows
    (
        "builtins.RuntimeError",
        ("System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host."),
        T,
    ),  # windows
    ("builtins.RuntimeError", "System.TimeoutException: The operation has timed out.", T),  # windows
    (
        "builtins.RuntimeError",
        "System.IO.FileNotFoundException: Could not find file 'C:\\data\\settings.json'.",
        P,
    ),  # windows
    ("builtins.RuntimeError", "Exception from HRESULT: 0x80070005 (E_ACCESSDENIED)", P),  # windows
    (
        "builtins.RuntimeError",
        (
            "The process cannot access the file because it is being used by another process. "
            "(Exception from HRESULT: 0x80070020)"
        ),
        T,
    ),  # windows
    (
        "builtins.RuntimeError",
        "There is not enough space on the disk. (Exception from HRESULT: 0x80070070)",
        R,
    ),  # windows
    (
        "builtins.RuntimeError",
        (
            "Not enough storage is available to complete this operation. (Exception from "
            "HRESULT: 0x8007000E (E_OUTOFMEMORY))"
        ),
        R,
    ),  # windows
    ("builtins.RuntimeError", "win32 error ERROR_SHARING_VIOLATION opening C:\\data\\out.csv", T),  # windows
    (
        "builtins.PermissionError",
        (
            "[WinError 1224] The requested operation cannot be performed on a file with a "
            "user-mapped section open: 'C:\\data\\model.bin'"
        ),
        T,
    ),  # windows
    ("builtins.NotADirectoryError", "[WinError 267] The directory name is invalid: 'C:\\data\\out.csv'", P),  # windows
    (
        "builtins.RuntimeError",
        (
            "System.Net.Http.HttpRequestException: No connection could be made because the "
            "target machine actively refused it. (localhost:5001)"
        ),
        T,
    ),  # windows
    ("builtins.RuntimeError", "System.IO.IOException: There is not enough space on the disk.", R),  # windows
    (
        "builtins.RuntimeError",
        (
            "Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The "
            "timeout period elapsed prior to completion of the operation or the server is not "
            "responding."
        ),
        T,
    ),  # windows
]


@pytest.mark.parametrize(("cmd", "code", "stderr", "label"), CLI)
def test_tool_stderr_behind_a_wrapper_gets_its_label(
    clf: Classifier, cmd: str, code: int, stderr: str, label: Category
) -> None:
    assert verdict_of(clf, _WRAPPER, _wrapped(cmd, code, stderr))[0] is label


@pytest.mark.parametrize(("cmd", "code", "stderr", "label"), CLI)
def test_tool_stderr_in_plumbums_error_gets_its_label(
    clf: Classifier, cmd: str, code: int, stderr: str, label: Category
) -> None:
    # no wrapper default here: a bare RuntimeError's permanent default cannot hide a missing rule
    assert verdict_of(clf, _PLUMBUM, _plumbum(cmd, code, stderr))[0] is label


@pytest.mark.parametrize(("cmd", "code", "stderr", "label"), SH)
def test_tool_stderr_in_shs_error_gets_its_label(
    clf: Classifier, cmd: str, code: int, stderr: str, label: Category
) -> None:
    text = f"\n\n  RAN: {cmd}\n\n  STDOUT:\n\n\n  STDERR:\n{stderr}"
    assert verdict_of(clf, f"sh.ErrorReturnCode_{code}", text)[0] is label


@pytest.mark.parametrize(("exc_type", "message", "label"), OTHER)
def test_runtime_template_gets_its_label(clf: Classifier, exc_type: str, message: str, label: Category) -> None:
    assert verdict_of(clf, exc_type, message)[0] is label


@pytest.mark.parametrize(("exc_type", "message", "label"), [row for row in OTHER if "[WinError " in row[1]])
def test_winerror_text_behind_a_wrapper_keeps_its_label(
    clf: Classifier, exc_type: str, message: str, label: Category
) -> None:
    # the class (PermissionError, BrokenPipeError, ...) is lost; the WinError number still decides
    assert verdict_of(clf, _WRAPPER, f"export failed: {message}")[0] is label


# Templates a weaker signal decided wrong or left unknown before their rule (a bare wrapper's permanent default, a
# plumbum error with no default, a general phrase such as "could not resolve host" or "network error"):
# (stderr or message, label, the deciding rule)
DECIDED = [
    (
        "fatal: could not read Username for 'https://github.com': terminal prompts disabled",
        P,
        "message.tpl_git_no_credentials",
    ),  # git
    (
        (
            "fatal: unable to access 'https://github.com/acme/payments.git/': OpenSSL SSL_read: "
            "SSL_ERROR_SYSCALL, errno 104"
        ),
        T,
        "message.tpl_cli_transfer_broken",
    ),  # git
    (
        (
            "error: RPC failed; curl 18 transfer closed with outstanding read data remaining\n"
            "fatal: the remote end hung up unexpectedly\nfatal: early EOF\nfatal: index-pack failed"
        ),
        T,
        "message.tpl_cli_transfer_broken",
    ),  # git
    (
        (
            "error: Your local changes to the following files would be overwritten by merge:\n"
            "\tconfig/settings.yaml\nPlease commit your changes or stash them before you merge.\n"
            "Aborting"
        ),
        P,
        "message.tpl_git_repository_state",
    ),  # git
    (
        (
            "error: Your local changes to the following files would be overwritten by checkout:\n"
            "\tsrc/app.py\nPlease commit your changes or stash them before you switch branches.\n"
            "Aborting"
        ),
        P,
        "message.tpl_git_repository_state",
    ),  # git
    (
        "fatal: not a git repository (or any of the parent directories): .git",
        P,
        "message.tpl_git_repository_state",
    ),  # git
    (
        (
            "fatal: Unable to create '/srv/repos/payments/.git/index.lock': File exists.\n\n"
            "Another git process seems to be running in this repository, or the lock file may be "
            "stale"
        ),
        T,
        "message.lock_held",
    ),  # git
    ("fatal: refusing to merge unrelated histories", P, "message.tpl_git_repository_state"),  # git
    (
        (
            "fatal: 'origin' does not appear to be a git repository\nfatal: Could not read from "
            "remote repository.\n\nPlease make sure you have the correct access rights\nand the "
            "repository exists."
        ),
        P,
        "message.tpl_git_repository_state",
    ),  # git
    (
        (
            "ssh: Could not resolve hostname github.com: Temporary failure in name resolution\n"
            "fatal: Could not read from remote repository.\n\nPlease make sure you have the "
            "correct access rights\nand the repository exists."
        ),
        T,
        "message.network",
    ),  # git
    (
        (
            "fatal: detected dubious ownership in repository at '/srv/repos/payments'\nTo add an "
            "exception for this directory, call:\n\n\tgit config --global --add safe.directory "
            "/srv/repos/payments"
        ),
        P,
        "message.tpl_git_repository_state",
    ),  # git
    ("fatal: couldn't find remote ref refs/heads/feature/ledger-v2", P, "message.tpl_git_repository_state"),  # git
    ("fatal: Remote branch v9.9.9 not found in upstream origin", P, "message.tpl_git_missing_or_corrupt"),  # git
    (
        "fatal: unable to auto-detect email address (got 'app@worker-7.(none)')",
        P,
        "message.tpl_git_repository_state",
    ),  # git
    ("fatal: pathspec 'data/out.csv' did not match any files", P, "message.tpl_git_repository_state"),  # git
    ("merge: feature/ledger - not something we can merge", P, "message.tpl_git_repository_state"),  # git
    ("fatal: Need to specify how to reconcile divergent branches.", P, "message.tpl_git_repository_state"),  # git
    (
        (
            "error: cannot lock ref 'refs/remotes/origin/main': is at "
            "3f2a9c1e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 but expected "
            "9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c"
        ),
        T,
        "message.tpl_git_ref_race",
    ),  # git
    (
        (
            "error: object file .git/objects/3f/2a9c1e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 is empty\n"
            "fatal: loose object 3f2a9c1e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 (stored in "
            ".git/objects/3f/2a9c1e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39) is corrupt"
        ),
        P,
        "message.tpl_git_missing_or_corrupt",
    ),  # git
    ("fatal: You have not concluded your merge (MERGE_HEAD exists).", P, "message.tpl_git_repository_state"),  # git
    ("error: you need to resolve your current index first", P, "message.tpl_git_repository_state"),  # git
    ("fatal: invalid reference: release/2.1", P, "message.tpl_git_missing_or_corrupt"),  # git
    (
        (
            "fatal: unable to access 'https://github.com/acme/payments.git/' with "
            "http.pinnedPubkey configuration: SSL: public key does not match pinned public key"
        ),
        P,
        "message.tls_certificate",
    ),  # git
    (
        ("curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to api.partner.example.com:443 "),
        T,
        "message.tpl_cli_transfer_broken",
    ),  # curl
    ("curl: (16) Error in the HTTP2 framing layer", T, "message.tpl_curl_http2_stream"),  # curl
    ("curl: (51) SSL peer certificate or SSH remote key was not OK", P, "message.tls_certificate"),  # curl
    ("Bad owner or permissions on /home/app/.ssh/config", P, "message.tpl_ssh_rsync_setup"),  # openssh
    (
        ("ssh: Could not resolve hostname backup.internal: Temporary failure in name resolution"),
        T,
        "message.network",
    ),  # openssh
    (
        ("rsync error: error allocating core memory buffers (code 22) at util2.c(80) [sender=3.2.7]"),
        R,
        "message.tpl_rsync_memory",
    ),  # rsync
    (
        "rsync error: syntax or usage error (code 1) at main.c(1795) [client=3.2.7]",
        P,
        "message.tpl_ssh_rsync_setup",
    ),  # rsync
    (
        (
            'rsync: [sender] change_dir "/data/out" failed: No such file or directory (2)\nrsync '
            "error: some files/attrs were not transferred (see previous errors) (code 23) at "
            "main.c(1338) [sender=3.2.7]"
        ),
        P,
        "message.tpl_rsync_source_missing",
    ),  # rsync
    (
        "rsync error: protocol incompatibility (code 2) at compat.c(600) [sender=3.2.7]",
        P,
        "message.tpl_ssh_rsync_setup",
    ),  # rsync
    (
        ("rsync error: requested action not supported (code 4) at clientserver.c(1080) [sender=3.2.7]"),
        P,
        "message.tpl_ssh_rsync_setup",
    ),  # rsync
    (
        (
            "ERROR: Cannot install fastapi==0.110.0 and pydantic==1.10.13 because these package "
            "versions have conflicting dependencies.\n\nThe conflict is caused by:\n    The user "
            "requested pydantic==1.10.13\n    fastapi 0.110.0 depends on pydantic!=1.8, !=1.8.1, "
            "!=2.0.0, !=2.0.1, !=2.1.0, <3.0.0 and >=1.7.4\n\nERROR: ResolutionImpossible: for "
            "help visit "
            "https://pip.pypa.io/en/latest/topics/dependency-resolution/#dealing-with-dependency-"
            "conflicts"
        ),
        P,
        "message.tpl_pkg_unresolvable",
    ),  # pip
    (
        (
            "error: externally-managed-environment\n\n\u00d7 This environment is externally managed\n╰─> "
            "To install Python packages system-wide, try apt install\n    python3-xyz, where xyz "
            "is the package you are trying to\n    install."
        ),
        P,
        "message.tpl_pkg_unresolvable",
    ),  # pip
    (
        ("ERROR: numpy-1.26.4-cp312-cp312-manylinux_2_17_x86_64.whl is not a supported wheel on this platform."),
        P,
        "message.tpl_pkg_unresolvable",
    ),  # pip
    (
        "ERROR: Package 'ledger-tools' requires a different Python: 3.8.10 not in '>=3.9'",
        P,
        "message.tpl_pkg_unresolvable",
    ),  # pip
    (
        (
            "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! "
            "\nnpm ERR! While resolving: web@1.0.0\nnpm ERR! Found: react@18.2.0"
        ),
        P,
        "message.tpl_pkg_unresolvable",
    ),  # npm
    (
        (
            "npm error code ERESOLVE\nnpm error ERESOLVE could not resolve\nnpm error\nnpm error "
            "While resolving: @acme/ui@2.1.0"
        ),
        P,
        "message.tpl_pkg_unresolvable",
    ),  # npm
    ("npm error code E401\nnpm error Incorrect or missing password.", P, "message.tpl_npm_refusal"),  # npm
    (
        ('npm ERR! code E401\nnpm ERR! Unable to authenticate, need: Basic realm="GitHub Package Registry"'),
        P,
        "message.tpl_npm_refusal",
    ),  # npm
    (
        (
            "npm ERR! code ENOLOCK\nnpm ERR! audit This command requires an existing lockfile.\n"
            "npm ERR! audit Try creating one first with: npm i --package-lock-only"
        ),
        P,
        "message.tpl_npm_refusal",
    ),  # npm
    (
        (
            "npm ERR! code EBADENGINE\nnpm ERR! engine Unsupported engine\nnpm ERR! engine Not "
            "compatible with your version of node/npm: vite@5.0.0"
        ),
        P,
        "message.tpl_npm_refusal",
    ),  # npm
    (
        ("npm ERR! code EPUBLISHCONFLICT\nnpm ERR! publish fail Cannot publish over existing version."),
        V,
        "message.tpl_npm_publish_exists",
    ),  # npm
    (
        (
            "npm ERR! code ENEEDAUTH\nnpm ERR! need auth This command requires you to be logged "
            "in to https://registry.npmjs.org/\nnpm ERR! need auth You need to authorize this "
            "machine using `npm adduser`"
        ),
        P,
        "message.tpl_cli_login_required",
    ),  # npm
    ("E: Unable to locate package libpq-devv", P, "message.tpl_pkg_unknown_package"),  # apt
    ("E: Package 'python3-distutils' has no installation candidate", P, "message.tpl_pkg_unavailable"),  # apt
    ("E: Unable to correct problems, you have held broken packages.", P, "message.tpl_pkg_unavailable"),  # apt
    ("E: You don't have enough free space in /var/cache/apt/archives/.", R, "message.tpl_apt_no_space"),  # apt
    (
        ("E: The repository 'http://ppa.launchpad.net/acme/tools/ubuntu jammy Release' does not have a Release file."),
        P,
        "message.tpl_pkg_unavailable",
    ),  # apt
    (
        (
            "W: GPG error: https://packages.acme.io/apt stable InRelease: The following "
            "signatures couldn't be verified because the public key is not available: NO_PUBKEY "
            "871920D1991BC93C\nE: The repository 'https://packages.acme.io/apt stable InRelease' "
            "is not signed."
        ),
        P,
        "message.tpl_pkg_unavailable",
    ),  # apt
    (
        ("ERROR: unable to select packages:\n  libpq-devv (no such package):\n    required by: world[libpq-devv]"),
        P,
        "message.tpl_pkg_unknown_package",
    ),  # apk
    (
        "no matching manifest for linux/arm64/v8 in the manifest list entries",
        P,
        "message.tpl_pkg_unavailable",
    ),  # docker
    ("Error [ERR_STREAM_PREMATURE_CLOSE]: Premature close", T, "message.tpl_node_premature_close"),  # node
    (
        ('TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be of type string. Received undefined'),
        P,
        "message.tpl_node_code_error",
    ),  # node
    (
        ("Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'express' imported from /app/index.js"),
        P,
        "code.not_found",
    ),  # node
    (
        (
            "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's "
            "altnames: Host: api.partner.example.com. is not in the cert's altnames: "
            "DNS:*.example.org"
        ),
        P,
        "message.tls_certificate",
    ),  # node
    ("Error: unable to verify the first certificate", P, "message.tls_certificate"),  # node
    (
        "Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the client",
        P,
        "message.tpl_node_code_error",
    ),  # node
    (
        (
            "Error [ERR_REQUIRE_ESM]: require() of ES Module "
            "/app/node_modules/node-fetch/src/index.js from /app/render.js not supported."
        ),
        P,
        "message.tpl_node_code_error",
    ),  # node
    (
        (
            "System.IO.IOException: The process cannot access the file 'C:\\data\\out.csv' because "
            "it is being used by another process."
        ),
        T,
        "message.tpl_file_in_use",
    ),  # windows, on builtins.RuntimeError
    (
        "System.IO.FileNotFoundException: Could not find file 'C:\\data\\settings.json'.",
        P,
        "message.tpl_dotnet_path_missing",
    ),  # windows, on builtins.RuntimeError
    (
        (
            "Not enough storage is available to complete this operation. (Exception from "
            "HRESULT: 0x8007000E (E_OUTOFMEMORY))"
        ),
        R,
        "message.allocation_failed",
    ),  # windows, on builtins.RuntimeError
    (
        "win32 error ERROR_SHARING_VIOLATION opening C:\\data\\out.csv",
        T,
        "message.tpl_file_in_use",
    ),  # windows, on builtins.RuntimeError
    (
        "https://cdn.example.com/media/clip.mp4: Server returned 5XX Server Error reply",
        T,
        "message.tpl_ffmpeg_server_error",
    ),  # ffmpeg
    (
        "https://cdn.example.com/media/clip.mp4: Server returned 400 Bad Request",
        V,
        "message.tpl_ffmpeg_bad_request",
    ),  # ffmpeg
    ("rtmpx://live.example.com/app/stream: Protocol not found", P, "message.tpl_cli_tool_setup"),  # ffmpeg
    ("Not yet implemented in FFmpeg, patches welcome", P, "message.tpl_cli_tool_setup"),  # ffmpeg
    ("[libx264 @ 0x55d0] Encoder not found", P, "message.tpl_cli_tool_setup"),  # ffmpeg
    (
        (
            "convert-im6.q16: attempt to perform an operation not allowed by the security policy "
            "`PDF' @ error/constitute.c/IsCoderAuthorized/421."
        ),
        P,
        "message.tpl_cli_tool_setup",
    ),  # imagemagick
    (
        ("convert: unable to open image `/data/in/scan.png': No such file or directory @ error/blob.c/OpenBlob/2924."),
        P,
        "message.tpl_cli_path_missing",
    ),  # imagemagick
    (
        "magick: improper image header `/data/in/upload.png' @ error/png.c/ReadPNGImage/3956.",
        V,
        "message.damaged_image",
    ),  # imagemagick
    (
        ("magick: insufficient image data in file `/data/in/upload.jpg' @ error/jpeg.c/ReadJPEGImage/1117."),
        V,
        "message.damaged_image",
    ),  # imagemagick
    (
        "pdflatex not found. Please select a different --pdf-engine or install pdflatex",
        P,
        "message.tpl_cli_tool_setup",
    ),  # pandoc
    (
        "Exit with code 1 due to network error: ContentNotFoundError",
        P,
        "message.tpl_wkhtmltopdf_not_found",
    ),  # wkhtmltopdf
    (
        ('error Couldn\'t find package "@acme/ui@^2.1.0" required by "web@1.0.0" on the "npm" registry.'),
        P,
        "message.tpl_pkg_unknown_package",
    ),  # yarn
    (
        "error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.",
        P,
        "message.tpl_npm_refusal",
    ),  # yarn
    (
        (
            'error vite@5.0.0: The engine "node" is incompatible with this module. Expected '
            'version "^18.0.0 || >=20.0.0". Got "16.20.2"\nerror Found incompatible module.'
        ),
        P,
        "message.tpl_npm_refusal",
    ),  # yarn
    ('error Couldn\'t find a package.json file in "/srv/app"', P, "message.tpl_npm_refusal"),  # yarn
    (
        ('error An unexpected error occurred: "https://registry.yarnpkg.com/react: ESOCKETTIMEDOUT".'),
        T,
        "message.tpl_node_premature_close",
    ),  # yarn
    (
        (
            "Because no versions of pydantic match >2.99,<3.0\n and ledger depends on pydantic "
            "(^2.99), version solving failed."
        ),
        P,
        "message.tpl_pkg_unresolvable",
    ),  # poetry
    (
        (
            "  \u00d7 No solution found when resolving dependencies:\n  ╰─▶ Because there is no "
            "version of numpy==9.9.9 and your project depends on numpy==9.9.9, we can conclude "
            "that your project's requirements are unsatisfiable."
        ),
        P,
        "message.tpl_pkg_unresolvable",
    ),  # uv
    ("ERROR: Please run 'az login' to setup account.", P, "message.tpl_cli_login_required"),  # az-cli
    (
        ("TypeError: fetch failed\n    [cause]: SocketError: other side closed {\n      code: 'UND_ERR_SOCKET'\n    }"),
        T,
        "message.tpl_node_premature_close",
    ),  # node
    (
        (
            "Error: error:0308010C:digital envelope routines::unsupported\n    at new Hash "
            "(node:internal/crypto/hash:69:19) {\n  library: 'digital envelope routines',\n  "
            "reason: 'unsupported',\n  code: 'ERR_OSSL_EVP_UNSUPPORTED'\n}"
        ),
        P,
        "code.unsupported",
    ),  # node
]


@pytest.mark.parametrize(("message", "label", "rule_id"), DECIDED)
def test_template_rule_decides(clf: Classifier, message: str, label: Category, rule_id: str) -> None:
    assert verdict_of(clf, _WRAPPER, _wrapped("tool --run", 1, message)) == (label, rule_id)
    assert verdict_of(clf, _PLUMBUM, _plumbum("tool --run", 1, message)) == (label, rule_id)


def test_a_hang_up_after_the_reason_does_not_overrule_it(clf: Classifier) -> None:
    # git prints "the remote end hung up unexpectedly" after the line that says why (remote-curl.c "RPC failed; HTTP
    # 403 ..."): a general phrase, it never refines the 403 into a transient failure
    stderr = (
        "error: RPC failed; HTTP 403 curl 22 The requested URL returned error: 403\n"
        "send-pack: unexpected disconnect while reading sideband packet\nfatal: the remote end hung up unexpectedly"
    )
    assert verdict_of(clf, _PLUMBUM, _plumbum("git push origin main", 1, stderr)) == (P, "http.403")
    assert verdict_of(clf, _WRAPPER, _wrapped("git push origin main", 1, stderr)) == (P, "http.403")


@pytest.mark.parametrize(
    "stderr", ["fatal: the remote end hung up unexpectedly", "fatal: early EOF\nfatal: index-pack failed"]
)
def test_a_hang_up_alone_is_transient_where_no_wrapper_default_disagrees(clf: Classifier, stderr: str) -> None:
    assert verdict_of(clf, _PLUMBUM, _plumbum("git fetch origin", 128, stderr)) == (T, "message.tpl_git_hung_up")
    # a bare RuntimeError's permanent default disagrees with the general phrase: unknown, not a guess
    assert verdict_of(clf, _WRAPPER, _wrapped("git fetch origin", 128, stderr))[0] is Category.UNKNOWN
