<?php
/*
 * WordPress config for the quotelight test site (installed as
 * /etc/wordpress/config-quotelight-test.php by
 * scripts/integrations/wordpress-setup.sh). Debian's wp-config.php loads it
 * when the web server sets WORDPRESS_CONFIG=quotelight-test; everything
 * that changes per run — database socket and password, salts — comes from
 * the Apache config that scripts/integrations/wordpress.mjs writes.
 */
$quotelight_env = function ( $name ) {
	if ( empty( $_SERVER[ $name ] ) ) {
		header( 'HTTP/1.0 500 Internal Server Error' );
		exit( "quotelight test site: $name is not set by the web server\n" );
	}
	return $_SERVER[ $name ];
};
define( 'DB_NAME', 'quotelight_wp' );
define( 'DB_USER', 'quotelight' );
define( 'DB_PASSWORD', $quotelight_env( 'QUOTELIGHT_WP_DB_PASSWORD' ) );
define( 'DB_HOST', 'localhost:' . $quotelight_env( 'QUOTELIGHT_WP_DB_SOCKET' ) );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $quotelight_key ) {
	define( $quotelight_key, $quotelight_env( 'QUOTELIGHT_WP_SALT' ) . $quotelight_key );
}
// The port is picked per run: the site lives wherever it is asked for, on loopback only.
$quotelight_host = isset( $_SERVER['HTTP_HOST'] ) && preg_match( '/^127\.0\.0\.1(:\d{1,5})?$/', $_SERVER['HTTP_HOST'] ) ? $_SERVER['HTTP_HOST'] : '127.0.0.1';
define( 'WP_HOME', 'http://' . $quotelight_host );
define( 'WP_SITEURL', 'http://' . $quotelight_host );
// Offline: no calls home, no updates, no cron requests.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', $quotelight_env( 'QUOTELIGHT_WP_LOG' ) );
