#!/usr/bin/env bash
# Run a disposable WordPress on 127.0.0.1 for Copydesk's integration tests.
#
#   wordpress.sh start -d DIR -o CREDS.json [-v 6.8|6.1] [-t THEME] [-p PORT|auto] [-z TIMEZONE]
#   wordpress.sh prepare [-v 6.8|6.1]   install/fetch what that version needs; print its source tree
#   wordpress.sh stop  -d DIR
#   wordpress.sh wipe  -d DIR        (stop, then delete DIR if this script created it)
#
# -v 6.8 (the default) is WordPress 6.8 from Debian 13 (trixie)'s packages, fetched into a cache
# with `apt-get download` and unpacked there: this Debian 12 system is not upgraded and nothing
# is installed from trixie. -v 6.1 is Debian 12's own `wordpress` package. The cache is
# $COPYDESK_WP_CACHE, else ~/.cache/copydesk/wordpress (-c DIR overrides both), shared by all
# clones of the user; parallel starts take turns through a lock.
# -t THEME activates a theme: twentytwentyone (both versions), twentytwentyfive (6.8) or
# twentytwentythree (6.1). Without -t a new site keeps WordPress's default theme.
#
# Everything else lives in DIR: a private MariaDB datadir reached over a unix socket (no TCP
# port), a copy of WordPress as the docroot with its own wp-config.php, and a `php -S`
# server started in its own session so `stop` can end the whole process group.
# Missing Debian packages are installed with apt-get (through sudo when not root).
#
# CREDS.json (mode 0600) holds base_url, rest_url, wp_version, theme, timezone and, for each of
# admin/editor/author/contributor: id, username, role, password, app_password.
# The last line on stdout is the base URL; progress goes to stderr.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
usage() { sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; }
say() { printf 'wordpress.sh: %s\n' "$*" >&2; }
fail() { say "error: $*"; exit 1; }

[ $# -ge 1 ] || { usage >&2; exit 2; }
ACTION=$1; shift
DIR=""; CREDS=""; PORT=auto; TZ_NAME=UTC; VERSION=6.8; THEME=""
CACHE=${COPYDESK_WP_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/copydesk/wordpress}
while [ $# -gt 0 ]; do
  case "$1" in
    -d) DIR=$2; shift 2 ;;
    -o) CREDS=$2; shift 2 ;;
    -p) PORT=$2; shift 2 ;;
    -z) TZ_NAME=$2; shift 2 ;;
    -v) VERSION=$2; shift 2 ;;
    -t) THEME=$2; shift 2 ;;
    -c) CACHE=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
case "$ACTION" in start|stop|wipe|prepare) ;; *) usage >&2; exit 2 ;; esac
case "$VERSION" in
  6.8|6.8.*) VERSION=6.8 ;;
  6.1|6.1.*) VERSION=6.1 ;;
  *) say "-v $VERSION: this script runs WordPress 6.8 (Debian 13's) or 6.1 (Debian 12's)"; exit 2 ;;
esac
case "$THEME" in ""|[a-z0-9]*) ;; *) say "-t $THEME is not a theme's folder name"; exit 2 ;; esac
if [ "$ACTION" != prepare ]; then
  [ -n "$DIR" ] || { say "-d DIR is required"; exit 2; }
fi
if [ "$ACTION" = start ] && [ -z "$CREDS" ]; then say "-o CREDS.json is required"; exit 2; fi

OWNER_MARK=.copydesk-wordpress
SERVER_PACKAGES=(mariadb-server php-cli php-mysql php-gd php-curl php-xml php-mbstring curl)
# Debian 13's packages that make up WordPress 6.8's tree: the dfsg package links into the
# others (getID3 >= 1.9.23 is required by 6.8 and newer than Debian 12's; lodash is new in 6.8).
# Debian 13 has no Twenty Twenty-One; Debian 12's (theme version 1.7) supports 6.8 and comes
# from the bookworm suite of the same private index (the newest version of each package wins).
TRIXIE_PACKAGES=(wordpress wordpress-theme-twentytwentyfive wordpress-theme-twentytwentyone
                 php-getid3 libjs-lodash libjs-underscore libjs-cropper)
# /usr/sbin is not on a normal user's PATH.
MARIADBD=/usr/sbin/mariadbd
INSTALL_DB=/usr/bin/mariadb-install-db

# ------------------------------------------------------------------ WordPress source trees
if [ "$VERSION" = 6.1 ]; then
  WP_PACKAGES=(wordpress wordpress-theme-twentytwentythree wordpress-theme-twentytwentyone)
else
  WP_PACKAGES=(debian-archive-keyring)   # to verify the trixie download
fi
ensure_packages() { "$HERE/apt-install.sh" "${SERVER_PACKAGES[@]}" "${WP_PACKAGES[@]}"; }

# The Debian mirror this system's apt uses for its main suite, else Debian's own.
debian_mirror() {
  local uri
  uri=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(COMPONENT)' 'Created-By: Packages' 2>/dev/null |
        awk '$2 !~ /-/ && $3 == "main" && $1 ~ /debian\/$/ { print $1; exit }')
  printf '%s\n' "${COPYDESK_DEBIAN_MIRROR:-${uri:-http://deb.debian.org/debian/}}"
}

# apt-get with its own sources, lists and cache under $1: the system's apt and dpkg state are
# neither read for packages nor written.
private_apt() {
  local state=$1; shift
  local opts=(-o "Dir::Etc::SourceList=$state/sources.list" -o Dir::Etc::SourceParts=/dev/null
              -o "Dir::State::Lists=$state/lists" -o "Dir::Cache=$state/cache"
              -o Dir::State::status=/dev/null -o Acquire::Languages=none -q)
  # root's apt would hand downloads to the _apt user, who may not write in root's cache
  [ "$(id -u)" = 0 ] && opts+=(-o APT::Sandbox::User=root)
  apt-get "${opts[@]}" "$@"
}

# Replace every symlink under $2 (a copy of $1/usr/share/wordpress) with the file it names,
# looked up inside the unpacked root $1, so the tree can be copied anywhere. A link to a file
# only the system has (the CA bundle in /etc/ssl) becomes a copy of that file.
resolve_symlinks() {
  local root=$1 tree=$2 link rel target candidate real bad=0
  while IFS= read -r -d '' link; do
    rel=${link#"$tree"/}
    target=$(readlink -- "$link")
    case "$target" in
      /*) candidate=$root$target ;;
      *) candidate=$(dirname -- "$root/usr/share/wordpress/$rel")/$target ;;
    esac
    real=$(readlink -f -- "$candidate" 2>/dev/null || true)
    if [ -n "$real" ] && [ -f "$real" ] && [[ "$real" == "$root"/* ]]; then
      cp -p --remove-destination -- "$real" "$link"
    elif [[ "$target" == /* ]] && [ -f "$target" ]; then
      cp -pL --remove-destination -- "$target" "$link"
    else
      say "cannot resolve $rel -> $target"; bad=1
    fi
  done < <(find "$tree" -type l -print0)
  return "$bad"
}

# Builds $CACHE/6.8/wordpress once (about 10 s and 10 MB of downloads); later calls only check
# its stamp. Sets WP_SOURCE.
prepare_trixie_tree() {
  local base state mirror deb started theme
  mkdir -p "$CACHE"
  base=$(cd "$CACHE" && pwd -P)/6.8
  state=$base/apt
  WP_SOURCE=$base/wordpress
  mkdir -p "$base"
  exec 8>"$base/.lock"
  flock -w 900 8 || fail "another start has held $base/.lock for 15 minutes"
  if [ -s "$base/ready" ] && [ -f "$WP_SOURCE/wp-includes/version.php" ]; then
    exec 8>&-; return 0
  fi
  started=$SECONDS
  mirror=$(debian_mirror)
  say "fetching WordPress 6.8 from Debian 13 ($mirror) into $base"
  rm -rf "$state" "$base/debs" "$base/root" "$base/wordpress.new"
  mkdir -p "$state/lists/partial" "$state/cache/archives/partial" "$base/debs" "$base/root"
  printf 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s %s main\n' \
    "$mirror" trixie "$mirror" bookworm > "$state/sources.list"
  private_apt "$state" update >&2 || fail "could not read Debian 13's package index from $mirror"
  (cd "$base/debs" && private_apt "$state" download "${TRIXIE_PACKAGES[@]}" >&2) \
    || fail "could not download ${TRIXIE_PACKAGES[*]} from Debian 13"
  for deb in "$base"/debs/*.deb; do dpkg-deb -x "$deb" "$base/root"; done
  cp -a "$base/root/usr/share/wordpress" "$base/wordpress.new"
  rm -f "$base/wordpress.new/wp-config.php" "$base/wordpress.new/.htaccess"  # Debian's /etc/wordpress loader
  resolve_symlinks "$(cd "$base/root" && pwd -P)" "$base/wordpress.new" || fail "WordPress 6.8's tree has broken links"
  for theme in twentytwentyfive twentytwentyone; do
    [ -f "$base/wordpress.new/wp-content/themes/$theme/style.css" ] || fail "the $theme theme is missing"
  done
  rm -rf "$WP_SOURCE" "$base/root" "$state/lists" "$state/cache"
  mv "$base/wordpress.new" "$WP_SOURCE"
  for deb in "$base"/debs/*.deb; do dpkg-deb -W "$deb"; done > "$base/ready"
  rm -rf "$base/debs"
  say "WordPress 6.8 tree ready in $((SECONDS - started)) s ($(grep '^wordpress\s' "$base/ready" | tr '\t' ' '))"
  exec 8>&-
}

prepare_source() {
  ensure_packages
  if [ "$VERSION" = 6.8 ]; then prepare_trixie_tree; else WP_SOURCE=/usr/share/wordpress; fi
}

if [ "$ACTION" = prepare ]; then
  prepare_source
  echo "$WP_SOURCE"
  exit 0
fi

if [ ! -d "$DIR" ]; then
  [ "$ACTION" = start ] || exit 0      # nothing to stop or wipe
  mkdir -p "$DIR"
fi
DIR=$(cd "$DIR" && pwd -P)
MYCNF=$DIR/my.cnf
DB_DIR=$DIR/mysql
DB_PIDFILE=$DIR/mariadb.pid
SOCKET=$DIR/mariadb.sock
# sun_path holds 108 bytes; deep temp dirs need a short socket path elsewhere.
if [ ${#SOCKET} -gt 100 ]; then
  SOCKET=/tmp/copydesk-wp-$(printf '%s' "$DIR" | md5sum | cut -c1-12).sock
fi
DOCROOT=$DIR/docroot
PHP_PIDFILE=$DIR/php.pid

# A pid from a file counts only if that process is alive and its command line names our
# files: a recycled pid must never be signalled.
owned_pid() {
  local file=$1 needle=$2 pid
  [ -f "$file" ] || return 0
  pid=$(tr -dc '0-9' < "$file")
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 0
  if tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "$needle"; then echo "$pid"; fi
}
alive() { kill -0 "$1" 2>/dev/null; }
wait_gone() {  # pid, tenths of a second
  local i
  for ((i = 0; i < $2; i++)); do alive "$1" || return 0; sleep 0.1; done
  return 1
}

stop_web() {
  local pid; pid=$(owned_pid "$PHP_PIDFILE" "$DOCROOT")
  if [ -n "$pid" ]; then
    # started under setsid: the pid is the process-group id of the master and its workers
    kill -TERM -- "-$pid" 2>/dev/null || true
    wait_gone "$pid" 50 || kill -KILL -- "-$pid" 2>/dev/null || true
    wait_gone "$pid" 20 || true
    say "php -S stopped"
  fi
  rm -f "$PHP_PIDFILE"
}

stop_db() {
  local pid; pid=$(owned_pid "$DB_PIDFILE" "$MYCNF")
  if [ -n "$pid" ]; then
    mariadb-admin --defaults-file="$MYCNF" shutdown >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
    wait_gone "$pid" 150 || kill -KILL "$pid" 2>/dev/null || true
    wait_gone "$pid" 20 || true
    say "mariadbd stopped"
  fi
  rm -f "$DB_PIDFILE"
}

case "$ACTION" in
  stop) stop_web; stop_db; exit 0 ;;
  wipe)
    stop_web; stop_db
    if [ -f "$DIR/$OWNER_MARK" ]; then
      rm -rf "$DIR"; rm -f "$SOCKET"
    elif [ -n "$(ls -A "$DIR")" ]; then
      fail "$DIR was not made by this script; not deleting it"
    else
      rmdir "$DIR"
    fi
    exit 0 ;;
esac

# ------------------------------------------------------------------ packages and version
prepare_source
# A data dir serves one version: 6.1 → 6.8 would upgrade its database for good, 6.8 → 6.1
# would not run at all; either way the caller should choose a new DIR or wipe this one.
if [ -f "$DIR/$OWNER_MARK" ] && [ -s "$DIR/$OWNER_MARK" ] && [ "$(cat "$DIR/$OWNER_MARK")" != "$VERSION" ]; then
  fail "$DIR holds WordPress $(cat "$DIR/$OWNER_MARK"); start it with -v $(cat "$DIR/$OWNER_MARK") or wipe it first"
fi
echo "$VERSION" > "$DIR/$OWNER_MARK"

# ------------------------------------------------------------------ port
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
RUNNING_WEB=$(owned_pid "$PHP_PIDFILE" "$DOCROOT")
if [ -n "$RUNNING_WEB" ]; then
  OLD_PORT=$(cat "$DIR/php.port")
  if [ "$PORT" = auto ] || [ "$PORT" = "$OLD_PORT" ]; then
    PORT=$OLD_PORT
  else
    stop_web; RUNNING_WEB=""
  fi
fi
if [ "$PORT" = auto ]; then
  # let the kernel pick a free port, then release it for php -S
  PORT=$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false); echo substr($n, strrpos($n, ":") + 1);')
fi
if [ -z "$RUNNING_WEB" ] && port_in_use "$PORT"; then fail "port $PORT on 127.0.0.1 is taken"; fi
BASE_URL=http://127.0.0.1:$PORT

# ------------------------------------------------------------------ MariaDB
cat > "$MYCNF" <<EOF
[mysqld]
datadir=$DB_DIR
socket=$SOCKET
pid-file=$DB_PIDFILE
log-error=$DIR/mariadb.err
skip-networking
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=64M
innodb_log_file_size=16M
innodb_flush_log_at_trx_commit=2
$( [ "$(id -u)" = 0 ] && echo "user=root" )
[client]
socket=$SOCKET
user=root
EOF
if [ ! -f "$DB_DIR/.ready" ]; then
  rm -rf "$DB_DIR"
  "$INSTALL_DB" --defaults-file="$MYCNF" --auth-root-authentication-method=normal --skip-test-db \
    > "$DIR/mariadb-install.log" 2>&1 || { tail -n 20 "$DIR/mariadb-install.log" >&2; fail "mariadb-install-db failed"; }
  touch "$DB_DIR/.ready"
fi
if [ -z "$(owned_pid "$DB_PIDFILE" "$MYCNF")" ]; then
  rm -f "$SOCKET" "$SOCKET.lock"
  setsid "$MARIADBD" --defaults-file="$MYCNF" >> "$DIR/mariadb.out" 2>&1 < /dev/null &
  for _ in $(seq 300); do
    mariadb-admin --defaults-file="$MYCNF" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  mariadb-admin --defaults-file="$MYCNF" ping >/dev/null 2>&1 || { tail -n 20 "$DIR/mariadb.err" >&2; fail "mariadbd did not start"; }
  for _ in $(seq 50); do [ -n "$(owned_pid "$DB_PIDFILE" "$MYCNF")" ] && break; sleep 0.1; done
fi
mariadb --defaults-file="$MYCNF" -e "
  CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';
  GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';"

# ------------------------------------------------------------------ WordPress files
if [ ! -f "$DOCROOT/wp-settings.php" ]; then
  # A real copy: WordPress derives ABSPATH from where its files are, so symlinks would
  # send it back to the source tree and Debian's host-based config loader. -L copies the
  # files Debian's package links to (getID3, underscore…), whose relative links would dangle.
  rm -rf "$DOCROOT"
  cp -RL --preserve=mode,timestamps "$WP_SOURCE" "$DOCROOT"
  rm -f "$DOCROOT/wp-config.php" "$DOCROOT/.htaccess"
  mkdir -p "$DOCROOT/wp-content/uploads" "$DOCROOT/wp-content/mu-plugins"
fi
if [ ! -f "$DIR/salts.php" ]; then
  php -r 'echo "<?php\n";
    foreach (["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY",
              "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"] as $name) {
      echo "define(\"$name\", \"" . bin2hex(random_bytes(32)) . "\");\n";
    }' > "$DIR/salts.php"
fi
# Rewritten on each start because the port, and so the site URL, may change.
cat > "$DOCROOT/wp-config.php" <<EOF
<?php
// Disposable local test site written by scripts/wordpress.sh.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', 'localhost:$SOCKET');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
require __DIR__ . '/../salts.php';
\$table_prefix = 'wp_';
// 'local' lets Application Passwords authenticate over plain http.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HOME', '$BASE_URL');
define('WP_SITEURL', '$BASE_URL');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '$DIR/debug.log');
// Notices printed into a response would corrupt the JSON the tests read.
define('WP_DEBUG_DISPLAY', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISALLOW_FILE_MODS', true);
if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
EOF
cat > "$DOCROOT/wp-content/mu-plugins/copydesk-test-site.php" <<'EOF'
<?php
/* Plugin Name: Copydesk test site quirks */
// WordPress 6.1 on PHP 8.2 raises deprecations from its bundled libraries on every request.
error_reporting(E_ALL & ~E_DEPRECATED);
// No mail transport on a test machine.
add_filter('pre_wp_mail', '__return_false');
// Offline site: skip calls home to wordpress.org.
remove_action('init', 'wp_schedule_update_checks');
remove_action('init', 'wp_schedule_https_detection');
// A byline field as newsroom sites register one, exposed over REST (the desk detects it).
add_action('init', function () {
    register_post_meta('post', 'byline', ['type' => 'string', 'single' => true, 'show_in_rest' => true]);
});
EOF
cat > "$DIR/router.php" <<'EOF'
<?php
// php -S router: existing files are served directly, every other path goes to WordPress
// (that is what makes /wp-json/ and pretty permalinks work without Apache rewrites).
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$target = $_SERVER['DOCUMENT_ROOT'] . $path;
if ($path !== '/' && is_file($target)) {
    return false;
}
if ($path !== '/' && is_dir($target) && is_file(rtrim($target, '/') . '/index.php')) {
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
chdir($_SERVER['DOCUMENT_ROOT']);
require 'index.php';
EOF

# ------------------------------------------------------------------ site, users, app passwords
cat > "$DIR/setup.php" <<'EOF'
<?php
// Installs the site on first run; on every run makes sure the four users exist and gives
// each a fresh application password, then prints the credentials as JSON.
// (names WordPress's own globals do not use: wp-settings.php sets $theme, for one)
[, $docroot, $base, $tz, $wanted_theme] = $argv;
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url($base, PHP_URL_HOST) . ':' . parse_url($base, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $docroot . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

function fail_with($error) { fwrite(STDERR, $error->get_error_message() . "\n"); exit(1); }

if (!is_blog_installed()) {
    $done = wp_install('Copydesk Test Site', 'admin', 'admin@example.com', false, '', 'admin-pass');
    if (is_wp_error($done)) { fail_with($done); }
    update_option('permalink_structure', '/%postname%/');
    flush_rewrite_rules(false);
}
if ($wanted_theme !== '') {
    if (!wp_get_theme($wanted_theme)->exists()) {
        $have = implode(', ', array_keys(wp_get_themes()));
        fwrite(STDERR, "theme '$wanted_theme' is not part of this WordPress (it has: $have)\n");
        exit(1);
    }
    if (get_stylesheet() !== $wanted_theme) { switch_theme($wanted_theme); }
} elseif (!wp_get_theme()->exists()) {
    switch_theme(WP_DEFAULT_THEME);  // the active theme's files are gone: fall back to the default
}
if (preg_match('/^UTC([+-][0-9.]+)$/', $tz, $m)) {
    update_option('timezone_string', '');
    update_option('gmt_offset', (float) $m[1]);
} else {
    update_option('timezone_string', $tz);
    update_option('gmt_offset', '');
}

$users = [];
foreach (['admin' => 'administrator', 'editor' => 'editor', 'author' => 'author',
          'contributor' => 'contributor'] as $login => $role) {
    $user = get_user_by('login', $login);
    if (!$user) {
        $id = wp_insert_user(['user_login' => $login, 'user_pass' => "$login-pass",
            'user_email' => "$login@example.com", 'display_name' => ucfirst($login), 'role' => $role]);
        if (is_wp_error($id)) { fail_with($id); }
        $user = get_user_by('id', $id);
    }
    foreach (WP_Application_Passwords::get_user_application_passwords($user->ID) as $old) {
        if ($old['name'] === 'copydesk-tests') {
            WP_Application_Passwords::delete_application_password($user->ID, $old['uuid']);
        }
    }
    $made = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'copydesk-tests']);
    if (is_wp_error($made)) { fail_with($made); }
    $users[$login] = ['id' => $user->ID, 'username' => $login, 'role' => $role,
                      'password' => "$login-pass", 'app_password' => $made[0]];
}
echo json_encode([
    'base_url' => $base,
    'rest_url' => $base . '/wp-json/',
    'wp_version' => $GLOBALS['wp_version'],
    'theme' => get_stylesheet(),
    'timezone' => $tz,
    'users' => $users,
], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
EOF
umask_before=$(umask); umask 077
php -d display_errors=stderr "$DIR/setup.php" "$DOCROOT" "$BASE_URL" "$TZ_NAME" "$THEME" > "$DIR/credentials.tmp" \
  || fail "WordPress setup failed (see $DIR/debug.log)"
umask "$umask_before"

# ------------------------------------------------------------------ web server
if [ -z "$RUNNING_WEB" ]; then
  # Several workers so parallel clients and WP-Cron's loopback request are not serialised.
  PHP_CLI_SERVER_WORKERS=4 setsid php -d display_errors=0 -d log_errors=1 -d opcache.enable_cli=1 \
    -d upload_max_filesize=64M -d post_max_size=64M -d memory_limit=512M \
    -S "127.0.0.1:$PORT" -t "$DOCROOT" "$DIR/router.php" >> "$DIR/php.log" 2>&1 < /dev/null &
  echo $! > "$PHP_PIDFILE"
  echo "$PORT" > "$DIR/php.port"
fi
ADMIN_APP=$(php -r 'echo json_decode(file_get_contents($argv[1]), true)["users"]["admin"]["app_password"];' "$DIR/credentials.tmp")
ready=0
for _ in $(seq 300); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$ADMIN_APP" "$BASE_URL/wp-json/wp/v2/users/me" || true)
  if [ "$code" = 200 ]; then ready=1; break; fi
  [ -n "$(owned_pid "$PHP_PIDFILE" "$DOCROOT")" ] || break
  sleep 0.1
done
if [ "$ready" != 1 ]; then
  tail -n 20 "$DIR/php.log" >&2; stop_web; fail "WordPress did not answer an authenticated REST call"
fi

mkdir -p "$(dirname "$CREDS")"
install -m 600 "$DIR/credentials.tmp" "$CREDS"
rm -f "$DIR/credentials.tmp"
say "ready at $BASE_URL"
echo "$BASE_URL"
