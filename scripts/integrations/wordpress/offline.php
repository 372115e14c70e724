<?php
/**
 * Plugin Name: Quotelight test site: offline
 * Description: Test-site guard (installed by scripts/integrations/wordpress-setup.sh, not part of the plugin): no emoji CDN, no calls home, so the browser tests can assert that nothing leaves 127.0.0.1.
 */
defined( 'ABSPATH' ) || exit;

// The emoji detection script loads images from s.w.org when the browser lacks an emoji.
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'admin_print_scripts', 'print_emoji_detection_script' );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
remove_action( 'admin_print_styles', 'print_emoji_styles' );
add_filter( 'emoji_svg_url', '__return_false' );
// No DNS prefetch hints for s.w.org.
add_filter( 'wp_resource_hints', function ( $urls, $type ) {
	return 'dns-prefetch' === $type ? array() : $urls;
}, 10, 2 );
// No update checks (they would only fail, slowly, against the blocked network).
remove_action( 'admin_init', '_maybe_update_core' );
remove_action( 'admin_init', '_maybe_update_plugins' );
remove_action( 'admin_init', '_maybe_update_themes' );
remove_action( 'init', 'wp_schedule_update_checks' );
add_filter( 'pre_site_transient_update_core', '__return_null' );
// Server-side HTTP is already refused by WP_HTTP_BLOCK_EXTERNAL; this makes it fail fast and quietly.
add_filter( 'pre_http_request', function ( $pre, $args, $url ) {
	$host = wp_parse_url( $url, PHP_URL_HOST );
	return in_array( $host, array( '127.0.0.1', 'localhost' ), true ) ? $pre : new WP_Error( 'offline', 'Test site: no outside requests.' );
}, 10, 3 );
