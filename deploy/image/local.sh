# shellcheck shell=bash
# The container image, built and run here with podman; sourced by ./fleet (which defines ROOT,
# say and die).
#
# No container registry is reachable, so the Debian 12 bases the Dockerfile starts FROM are made
# on this machine: debootstrap's minbase of bookworm, imported as docker.io/library/debian:12 and
# :12-slim (once; later builds find them in podman's storage). podman runs as root on runc, and
# `podman build --network host` lets apt in the build reach Debian's mirror. podman keeps its
# layers (and the build's compiler cache) in its storage, so a rebuild redoes only what changed.

IMAGE_NAME="${CHATFLEET_IMAGE:-localhost/chatfleet:dev}"
IMAGE_BUILD_STAGE="${CHATFLEET_IMAGE_BUILD_STAGE:-localhost/chatfleet-build:dev}"
IMAGE_BASE="docker.io/library/debian:12"
IMAGE_BASE_SLIM="docker.io/library/debian:12-slim"
IMAGE_CONTAINERS_CONF="${CHATFLEET_CONTAINERS_CONF:-/etc/containers/containers.conf}"

image_podman() { podman --runtime runc "$@"; }

image_require() {
  { command -v podman && command -v runc; } >/dev/null ||
    die "the image needs podman and runc: apt-get install podman runc debootstrap (scripts/debian-packages.txt)"
  [[ $(id -u) -eq 0 ]] ||
    die "the image is built and run with podman as root (as CI does): run this as root"
}

# podman's default open-files limit for containers is one runc may not set on this kind of
# machine ("error setting rlimit type 7: operation not permitted"): containers keep the limits
# they inherit instead.
image_configure() {
  local conf="$IMAGE_CONTAINERS_CONF"
  if grep -qs '^[[:space:]]*default_ulimits[[:space:]]*=' "$conf"; then
    grep -qs '^[[:space:]]*default_ulimits[[:space:]]*=[[:space:]]*\[[[:space:]]*\]' "$conf" ||
      die "$conf sets default_ulimits; chatfleet's containers need 'default_ulimits = []' under [containers]"
    return 0
  fi
  say "setting default_ulimits = [] in $conf"
  mkdir -p "$(dirname "$conf")"
  if grep -qs '^\[containers\]' "$conf"; then
    sed -i '/^\[containers\]/a default_ulimits = []' "$conf"
  else
    printf '\n# Added by chatfleet (deploy/image/local.sh): runc may not raise the open-files limit here.\n[containers]\ndefault_ulimits = []\n' >>"$conf"
  fi
}

# Debian's own images list the updates and security suites too, and ship no package cache.
image_base_rootfs() { # <dir>
  local rootfs="$1"
  rm -f "$rootfs/etc/apt/sources.list"
  cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<'EOF'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
}

# The slim variant drops documentation and tells dpkg to leave it out of later installs.
image_slim_rootfs() { # <dir>
  local rootfs="$1"
  find "$rootfs/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  rm -rf "$rootfs"/usr/share/{man,info,groff,lintian}/* "$rootfs"/usr/share/locale/*
  cat >"$rootfs/etc/dpkg/dpkg.cfg.d/chatfleet-slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/locale/*
EOF
}

# Makes the two bases unless podman has them already.
image_base() {
  image_podman image exists "$IMAGE_BASE" && image_podman image exists "$IMAGE_BASE_SLIM" &&
    return 0
  command -v debootstrap >/dev/null || die "making the Debian 12 base image needs debootstrap"
  local dir
  dir="$(mktemp -d "${TMPDIR:-/tmp}/chatfleet-base.XXXXXX")"
  say "making the Debian 12 base images with debootstrap (minbase bookworm, about a minute)"
  if ! debootstrap --variant=minbase bookworm "$dir/rootfs" >"$dir/debootstrap.log" 2>&1; then
    tail -20 "$dir/debootstrap.log" >&2
    rm -rf "$dir"
    die "debootstrap failed (it fetches bookworm from Debian's mirror)"
  fi
  image_base_rootfs "$dir/rootfs"
  tar -C "$dir/rootfs" -c . | image_podman import --change 'CMD ["bash"]' - "$IMAGE_BASE" >/dev/null
  image_slim_rootfs "$dir/rootfs"
  tar -C "$dir/rootfs" -c . | image_podman import --change 'CMD ["bash"]' - "$IMAGE_BASE_SLIM" >/dev/null
  rm -rf "$dir"
  say "imported $IMAGE_BASE and $IMAGE_BASE_SLIM"
}

# Builds deploy/image/Dockerfile into IMAGE_NAME, and its build stage into IMAGE_BUILD_STAGE (from
# the same cached layers: the image test compares what the binaries link in both).
image_build() {
  image_require
  image_configure
  image_base
  local started=$SECONDS
  say "building $IMAGE_NAME from deploy/image/Dockerfile (podman build --network host)"
  image_podman build --runtime runc --network host -f "$ROOT/deploy/image/Dockerfile" \
    -t "$IMAGE_NAME" "$ROOT" >&2 || die "podman build failed"
  image_podman build --runtime runc --network host -f "$ROOT/deploy/image/Dockerfile" \
    --target build -t "$IMAGE_BUILD_STAGE" "$ROOT" >/dev/null || die "podman build --target build failed"
  # Images a rebuild left untagged; the layers of the images just built stay as the next cache.
  image_podman image prune -f >/dev/null || true
  say "built $IMAGE_NAME in $((SECONDS - started)) s"
  echo "IMAGE=$IMAGE_NAME"
  echo "IMAGE_BUILD_STAGE=$IMAGE_BUILD_STAGE"
}
