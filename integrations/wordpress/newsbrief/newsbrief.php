<?php
/**
 * Plugin Name:       newsbrief
 * Plugin URI:        https://www.npmjs.com/package/newsbrief
 * Description:       The structured parts of a news article — TL;DR, key facts, FAQ, confirmed vs unclear, sources — as a block and a shortcode, from the article's JSON.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The newsbrief authors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       newsbrief
 * Domain Path:       /languages
 *
 * @package newsbrief
 */

defined( 'ABSPATH' ) || exit;

define( 'NEWSBRIEF_VERSION', '0.1.0' );
define( 'NEWSBRIEF_FILE', __FILE__ );

require_once __DIR__ . '/includes/article.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/checks.php';

add_action( 'init', 'newsbrief_register' );

/**
 * Registers the script, the block, the shortcode and the post meta.
 */
function newsbrief_register() {
	load_plugin_textdomain( 'newsbrief', false, dirname( plugin_basename( NEWSBRIEF_FILE ) ) . '/languages' );

	// In the footer, so that a block or shortcode rendered after wp_head can still enqueue it.
	wp_register_script( 'newsbrief', plugins_url( 'assets/newsbrief.min.js', NEWSBRIEF_FILE ), array(), NEWSBRIEF_VERSION, true );

	register_block_type(
		__DIR__ . '/block',
		array( 'render_callback' => 'newsbrief_render_block' )
	);
	wp_set_script_translations( generate_block_asset_handle( 'newsbrief/brief', 'editorScript' ), 'newsbrief', __DIR__ . '/languages' );

	add_shortcode( 'newsbrief', 'newsbrief_shortcode' );

	register_post_meta(
		'',
		NEWSBRIEF_META_KEY,
		array(
			'type'          => 'string',
			'description'   => __( 'The article as newsbrief JSON, shown by the [newsbrief] shortcode.', 'newsbrief' ),
			'single'        => true,
			'show_in_rest'  => true,
			'auth_callback' => static function ( $allowed, $meta_key, $post_id ) {
				return current_user_can( 'edit_post', $post_id );
			},
		)
	);
}

add_filter( 'script_loader_tag', 'newsbrief_module_script_tag', 10, 2 );

/**
 * Loads newsbrief.min.js as an ES module: WordPress 6.1 has no script-modules API (6.5+).
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle The script's handle.
 * @return string The tag, with type="module" for our script.
 */
function newsbrief_module_script_tag( $tag, $handle ) {
	if ( 'newsbrief' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script(?=[\s>])(?![^>]*\stype=)/', '<script type="module"', $tag, 1 );
}
