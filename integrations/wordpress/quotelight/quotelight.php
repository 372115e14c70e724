<?php
/**
 * Plugin Name:       Quotelight
 * Description:       Marks who said what in your posts: every quote, its speaker and the speaker's title, highlighted in the block editor (with a sidebar listing speakers and quotes) and in post previews. The text is analysed in the browser; nothing is sent anywhere.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT OR Apache-2.0
 * Text Domain:       quotelight
 *
 * @package Quotelight
 */

defined( 'ABSPATH' ) || exit;

/** Where the article is found on the front end when nothing else is set: block themes, classic themes, anything. */
const QUOTELIGHT_DEFAULT_SELECTOR = '.wp-block-post-content, .entry-content, article';
const QUOTELIGHT_OPTION           = 'quotelight_selector';
const QUOTELIGHT_VERSION          = '0.1.0';

/** The configured front-end target selector (never empty). */
function quotelight_selector() {
	$value = trim( (string) get_option( QUOTELIGHT_OPTION, '' ) );
	return '' === $value ? QUOTELIGHT_DEFAULT_SELECTOR : $value;
}

/**
 * Keeps a selector to one line of plain text; the browser validates its
 * syntax (an invalid one is reported in the preview panel, never fatal).
 */
function quotelight_sanitize_selector( $value ) {
	$value = trim( preg_replace( '/[\x00-\x1F\x7F]+/', ' ', wp_strip_all_tags( (string) $value ) ) );
	return substr( $value, 0, 500 );
}

/** The embed's files ship in assets/quotelight/ (copied from www/ by the build step). */
function quotelight_asset_url( $path ) {
	return plugins_url( 'assets/' . $path, __FILE__ );
}

/** WordPress 6.1 has no script-modules API: scripts with these handles are printed as type="module". */
function quotelight_module_tag( $tag, $handle ) {
	if ( ! in_array( $handle, array( 'quotelight-editor', 'quotelight-preview' ), true ) ) {
		return $tag;
	}
	// $tag also holds the inline "before" script: change only the tag that loads the file.
	return preg_replace_callback(
		'/<script\b[^>]*\bid=([\'"])' . preg_quote( $handle, '/' ) . '-js\1[^>]*>/',
		function ( $m ) {
			$open = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $m[0] );
			return preg_replace( '/^<script\b/', '<script type="module"', $open );
		},
		$tag
	);
}
add_filter( 'script_loader_tag', 'quotelight_module_tag', 10, 2 );

/** Settings the scripts read: where the embed lives, and the front-end selector. */
function quotelight_script_data() {
	return array(
		'embedUrl' => quotelight_asset_url( 'quotelight/quotelight.js' ),
		'selector' => quotelight_selector(),
	);
}

/** The block editor: highlights in the canvas (iframe or not) and a sidebar of speakers and quotes. */
function quotelight_enqueue_editor() {
	wp_enqueue_script(
		'quotelight-editor',
		quotelight_asset_url( 'editor.js' ),
		array( 'wp-plugins', 'wp-edit-post', 'wp-element', 'wp-components', 'wp-data', 'wp-i18n' ),
		QUOTELIGHT_VERSION,
		true
	);
	wp_add_inline_script( 'quotelight-editor', 'window.quotelightSettings = ' . wp_json_encode( quotelight_script_data() ) . ';', 'before' );
	wp_enqueue_style( 'quotelight-editor', quotelight_asset_url( 'editor.css' ), array(), QUOTELIGHT_VERSION );
}
add_action( 'enqueue_block_editor_assets', 'quotelight_enqueue_editor' );

/** Post previews (`?preview=true`) for people who can edit the post: highlights and a speaker panel. */
function quotelight_enqueue_preview() {
	if ( ! is_preview() || ! current_user_can( 'edit_posts' ) ) {
		return;
	}
	wp_enqueue_script( 'quotelight-preview', quotelight_asset_url( 'preview.js' ), array(), QUOTELIGHT_VERSION, true );
	wp_add_inline_script( 'quotelight-preview', 'window.quotelightSettings = ' . wp_json_encode( quotelight_script_data() ) . ';', 'before' );
	wp_enqueue_style( 'quotelight-preview', quotelight_asset_url( 'preview.css' ), array(), QUOTELIGHT_VERSION );
}
add_action( 'wp_enqueue_scripts', 'quotelight_enqueue_preview' );

/** Settings → Quotelight: the CSS selector of the article on the front end. */
function quotelight_register_settings() {
	register_setting(
		'quotelight',
		QUOTELIGHT_OPTION,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'quotelight_sanitize_selector',
		)
	);
	add_settings_section( 'quotelight_main', __( 'Previews', 'quotelight' ), '__return_false', 'quotelight' );
	add_settings_field(
		QUOTELIGHT_OPTION,
		__( 'Article selector', 'quotelight' ),
		'quotelight_selector_field',
		'quotelight',
		'quotelight_main',
		array( 'label_for' => QUOTELIGHT_OPTION )
	);
}
add_action( 'admin_init', 'quotelight_register_settings' );

function quotelight_selector_field() {
	printf(
		'<input type="text" class="regular-text code" id="%1$s" name="%1$s" value="%2$s" placeholder="%3$s" aria-describedby="%1$s-help">',
		esc_attr( QUOTELIGHT_OPTION ),
		esc_attr( get_option( QUOTELIGHT_OPTION, '' ) ),
		esc_attr( QUOTELIGHT_DEFAULT_SELECTOR )
	);
	printf(
		'<p class="description" id="%s-help">%s</p>',
		esc_attr( QUOTELIGHT_OPTION ),
		esc_html__( 'CSS selector of the element that holds the post text in previews; the first match is annotated. Block themes have no <article>: the default tries .wp-block-post-content, then .entry-content, then article.', 'quotelight' )
	);
}

function quotelight_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'Quotelight', 'quotelight' ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'quotelight' );
	do_settings_sections( 'quotelight' );
	submit_button();
	echo '</form></div>';
}

function quotelight_admin_menu() {
	add_options_page( __( 'Quotelight', 'quotelight' ), __( 'Quotelight', 'quotelight' ), 'manage_options', 'quotelight', 'quotelight_settings_page' );
}
add_action( 'admin_menu', 'quotelight_admin_menu' );

/** A "Settings" link on the Plugins screen. */
function quotelight_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=quotelight' ) ) . '">' . esc_html__( 'Settings', 'quotelight' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'quotelight_action_links' );
