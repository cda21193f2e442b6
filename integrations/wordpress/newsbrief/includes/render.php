<?php
/**
 * Server rendering of the block and the shortcode.
 *
 * @package newsbrief
 */

defined( 'ABSPATH' ) || exit;

/**
 * Writes an element with its article (as a `for=` JSON script) or its `src`, and enqueues the script.
 *
 * @param array $options {
 *     What to show and how; every key optional.
 *
 *     @type string     $element       Tag or short name ("faq"); nb-brief when empty.
 *     @type string     $article       The article as JSON text.
 *     @type string     $src           A URL of the article's JSON, used when there is no article.
 *     @type string     $heading       Replaces the element's heading text.
 *     @type int|string $heading_level 2 to 6.
 *     @type string     $theme         light, dark or auto.
 *     @type string     $mode          FAQ: multiple or single.
 *     @type string     $open          FAQ: none, first or all.
 * }
 * @return string The HTML, or an empty string when there is nothing valid to show.
 */
function newsbrief_render_element( array $options ) {
	$tag = newsbrief_element_tag( isset( $options['element'] ) ? $options['element'] : '' );
	if ( null === $tag ) {
		return '';
	}
	$attributes = newsbrief_element_attributes( $tag, $options );
	$script     = '';

	$json = isset( $options['article'] ) ? trim( (string) $options['article'] ) : '';
	$src  = isset( $options['src'] ) ? trim( (string) $options['src'] ) : '';
	if ( '' !== $json ) {
		$read = newsbrief_decode_article( $json );
		$text = null === $read['error'] ? newsbrief_encode_article( $read['article'] ) : false;
		if ( false === $text ) {
			return ''; // Reported to editors when the post is saved (checks.php); readers see nothing.
		}
		$id                = wp_unique_id( 'newsbrief-article-' );
		$attributes['for'] = $id;
		$script            = '<script type="application/json" id="' . esc_attr( $id ) . '">' . $text . '</script>';
	} elseif ( '' !== $src ) {
		$url = esc_url_raw( $src, array( 'http', 'https' ) ); // Escaped with the other attributes below.
		if ( '' === $url ) {
			return '';
		}
		$attributes['src'] = $url;
	} else {
		return '';
	}

	wp_enqueue_script( 'newsbrief' );

	$html = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $script . $html . '></' . $tag . '>';
}

/**
 * The element's attributes from the options, with values outside their allowed sets left out.
 *
 * @param string $tag     The element's tag.
 * @param array  $options See newsbrief_render_element().
 * @return array<string, string> Attribute names and (unescaped) values.
 */
function newsbrief_element_attributes( $tag, array $options ) {
	$attributes = array();
	if ( isset( $options['heading'] ) && '' !== trim( (string) $options['heading'] ) ) {
		$attributes['heading'] = trim( (string) $options['heading'] );
	}
	$level = isset( $options['heading_level'] ) ? trim( (string) $options['heading_level'] ) : '';
	if ( in_array( $level, array( '3', '4', '5', '6' ), true ) ) {
		$attributes['heading-level'] = $level; // 2 is the element's default.
	}
	$allowed = array(
		'theme' => array( 'light', 'dark', 'auto' ),
		'mode'  => array( 'multiple', 'single' ),
		'open'  => array( 'none', 'first', 'all' ),
	);
	foreach ( $allowed as $name => $values ) {
		if ( 'theme' !== $name && 'nb-faq' !== $tag ) {
			continue; // Only <nb-faq> takes mode and open.
		}
		$value = isset( $options[ $name ] ) ? strtolower( trim( (string) $options[ $name ] ) ) : '';
		if ( in_array( $value, $values, true ) ) {
			$attributes[ $name ] = $value;
		}
	}
	return $attributes;
}

/**
 * The render_callback of the "newsbrief/brief" block.
 *
 * @param array $attributes The block's attributes (see block.json).
 * @return string The block's HTML.
 */
function newsbrief_render_block( $attributes ) {
	$html = newsbrief_render_element(
		array(
			'element'       => isset( $attributes['element'] ) ? $attributes['element'] : '',
			'article'       => isset( $attributes['article'] ) ? $attributes['article'] : '',
			'src'           => isset( $attributes['src'] ) ? $attributes['src'] : '',
			'heading'       => isset( $attributes['heading'] ) ? $attributes['heading'] : '',
			'heading_level' => isset( $attributes['headingLevel'] ) ? $attributes['headingLevel'] : 2,
			'theme'         => isset( $attributes['theme'] ) ? $attributes['theme'] : '',
			'mode'          => isset( $attributes['faqMode'] ) ? $attributes['faqMode'] : '',
			'open'          => isset( $attributes['faqOpen'] ) ? $attributes['faqOpen'] : '',
		)
	);
	return '' === $html ? '' : '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
}

/**
 * The [newsbrief] shortcode: `[newsbrief element="faq" src="https://…"]`, or without `src` the
 * article in the post's newsbrief_article meta.
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string The shortcode's HTML.
 */
function newsbrief_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	if ( isset( $atts['heading-level'] ) && ! isset( $atts['heading_level'] ) ) {
		$atts['heading_level'] = $atts['heading-level'];
	}
	$atts = shortcode_atts(
		array(
			'element'       => 'brief',
			'src'           => '',
			'heading'       => '',
			'heading_level' => '',
			'theme'         => '',
			'mode'          => '',
			'open'          => '',
		),
		$atts,
		'newsbrief'
	);
	if ( '' === trim( $atts['src'] ) ) {
		$post_id         = get_the_ID();
		$atts['article'] = $post_id ? (string) get_post_meta( $post_id, NEWSBRIEF_META_KEY, true ) : '';
	}
	$html = newsbrief_render_element( $atts );
	return '' === $html ? '' : '<div class="newsbrief-shortcode">' . $html . '</div>';
}
