#!/usr/bin/env bash
# Installs what claimgraph needs to build, run and test on Debian 12 (as root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  g++ make cmake pkg-config ca-certificates \
  libsqlite3-dev libicu-dev libboost-dev libgraphviz-dev graphviz \
  libgeonames-dev libglib2.0-dev nlohmann-json3-dev wordnet-base \
  catch2 libxml2-utils zlib1g-dev chromium \
  clang libclang-rt-14-dev >/dev/null
