<?php
/**
 * Checks a post's article JSON when it is saved, and tells the editor what is wrong.
 *
 * The public page never breaks on a bad article: the block or shortcode shows nothing. The editor
 * learns why from a notice on the post's edit screen (and, in the block editor, from the block).
 *
 * @package newsbrief
 */

defined( 'ABSPATH' ) || exit;

/** Private post meta: the problems found at the last save, as a list of sentences. */
const NEWSBRIEF_PROBLEMS_KEY = '_newsbrief_problems';

/**
 * The problems of a post's articles: each newsbrief block's JSON and URL, and the article meta.
 *
 * @param int $post_id The post.
 * @return string[] One sentence per problem, for the editor.
 */
function newsbrief_post_problems( $post_id ) {
	$post = get_post( $post_id );
	if ( ! $post ) {
		return array();
	}
	$problems = array();
	$number   = 0;
	foreach ( newsbrief_find_blocks( parse_blocks( $post->post_content ) ) as $block ) {
		++$number;
		$json = isset( $block['attrs']['article'] ) ? trim( (string) $block['attrs']['article'] ) : '';
		$src  = isset( $block['attrs']['src'] ) ? trim( (string) $block['attrs']['src'] ) : '';
		if ( '' !== $json ) {
			$read = newsbrief_decode_article( $json );
			if ( null !== $read['error'] ) {
				/* translators: 1: the block's number on the page, 2: what is wrong, e.g. "it is not valid JSON (Syntax error)". */
				$problems[] = sprintf( __( 'The article JSON of News brief block %1$d cannot be shown: %2$s. Readers see nothing in its place until it is fixed.', 'newsbrief' ), $number, $read['error'] );
			}
		} elseif ( '' !== $src && '' === esc_url_raw( $src, array( 'http', 'https' ) ) ) {
			/* translators: %d: the block's number on the page. */
			$problems[] = sprintf( __( 'The article URL of News brief block %d is not an http(s) URL. Readers see nothing in its place until it is fixed.', 'newsbrief' ), $number );
		}
	}
	$meta = get_post_meta( $post->ID, NEWSBRIEF_META_KEY, true );
	if ( is_string( $meta ) && '' !== trim( $meta ) ) {
		$read = newsbrief_decode_article( $meta );
		if ( null !== $read['error'] ) {
			/* translators: 1: the name of the custom field, 2: what is wrong, e.g. "it is not valid JSON (Syntax error)". */
			$problems[] = sprintf( __( 'The article in the custom field %1$s cannot be shown by the [newsbrief] shortcode: %2$s.', 'newsbrief' ), NEWSBRIEF_META_KEY, $read['error'] );
		}
	}
	return $problems;
}

/**
 * The newsbrief blocks in a list of parsed blocks, nested ones included, in page order.
 *
 * @param array $blocks Parsed blocks.
 * @return array The newsbrief/brief blocks.
 */
function newsbrief_find_blocks( array $blocks ) {
	$found = array();
	foreach ( $blocks as $block ) {
		if ( 'newsbrief/brief' === $block['blockName'] ) {
			$found[] = $block;
		}
		if ( ! empty( $block['innerBlocks'] ) ) {
			$found = array_merge( $found, newsbrief_find_blocks( $block['innerBlocks'] ) );
		}
	}
	return $found;
}

/**
 * Checks a post and keeps its problems for the notice.
 *
 * @param int $post_id The post.
 */
function newsbrief_check_post( $post_id ) {
	if ( wp_is_post_revision( $post_id ) || wp_is_post_autosave( $post_id ) ) {
		return;
	}
	$problems = newsbrief_post_problems( $post_id );
	if ( $problems ) {
		update_post_meta( $post_id, NEWSBRIEF_PROBLEMS_KEY, $problems );
	} else {
		delete_post_meta( $post_id, NEWSBRIEF_PROBLEMS_KEY );
	}
}

add_action(
	'save_post',
	static function ( $post_id ) {
		newsbrief_check_post( $post_id );
	}
);

// The REST API and the Custom Fields box write meta after save_post: check again when the article meta changes.
foreach ( array( 'added_post_meta', 'updated_post_meta', 'deleted_post_meta' ) as $newsbrief_hook ) {
	add_action(
		$newsbrief_hook,
		static function ( $meta_id, $post_id, $meta_key ) {
			if ( NEWSBRIEF_META_KEY === $meta_key ) {
				newsbrief_check_post( $post_id );
			}
		},
		10,
		3
	);
}
unset( $newsbrief_hook );

add_action( 'admin_notices', 'newsbrief_admin_notices' );

/**
 * Shows the problems found at the last save on the post's edit screen.
 */
function newsbrief_admin_notices() {
	$screen = get_current_screen();
	$post   = get_post();
	if ( ! $screen || 'post' !== $screen->base || ! $post || ! current_user_can( 'edit_post', $post->ID ) ) {
		return;
	}
	$problems = get_post_meta( $post->ID, NEWSBRIEF_PROBLEMS_KEY, true );
	if ( ! is_array( $problems ) ) {
		return;
	}
	foreach ( $problems as $problem ) {
		printf(
			'<div class="notice notice-error newsbrief-notice"><p><strong>%1$s</strong> %2$s</p></div>',
			esc_html__( 'newsbrief:', 'newsbrief' ),
			esc_html( $problem )
		);
	}
}

add_action( 'enqueue_block_editor_assets', 'newsbrief_block_editor_notices' );

/**
 * The same problems in the block editor, which does not show admin_notices: as its own error notices.
 */
function newsbrief_block_editor_notices() {
	$post = get_post();
	if ( ! $post || ! current_user_can( 'edit_post', $post->ID ) ) {
		return;
	}
	$problems = get_post_meta( $post->ID, NEWSBRIEF_PROBLEMS_KEY, true );
	if ( ! is_array( $problems ) || ! $problems ) {
		return;
	}
	$script = '';
	foreach ( array_values( $problems ) as $index => $problem ) {
		$script .= sprintf(
			"wp.data.dispatch( 'core/notices' ).createErrorNotice( %s, { id: %s } );\n",
			wp_json_encode( __( 'newsbrief:', 'newsbrief' ) . ' ' . $problem, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT ),
			wp_json_encode( 'newsbrief-saved-' . $index )
		);
	}
	wp_add_inline_script( generate_block_asset_handle( 'newsbrief/brief', 'editorScript' ), $script );
}
