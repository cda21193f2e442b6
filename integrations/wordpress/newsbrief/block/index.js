/**
 * The "News brief" block in the editor: the article's JSON (or a URL) and the element's options in
 * the sidebar, and a live preview of the real element (newsbrief.min.js is loaded in the editor).
 * Plain JavaScript on WordPress's globals: no build step. The page itself is rendered in PHP.
 */
( function ( blocks, element, blockEditor, components, data, i18n ) {
	'use strict';

	var el = element.createElement;
	var Fragment = element.Fragment;
	var useEffect = element.useEffect;
	var useRef = element.useRef;
	var useState = element.useState;
	var __ = i18n.__;
	var sprintf = i18n.sprintf;
	var InspectorControls = blockEditor.InspectorControls;
	var useBlockProps = blockEditor.useBlockProps;
	var PanelBody = components.PanelBody;
	var TextareaControl = components.TextareaControl;
	var TextControl = components.TextControl;
	var SelectControl = components.SelectControl;
	var Notice = components.Notice;
	var Placeholder = components.Placeholder;

	var ELEMENTS = [
		{ value: 'nb-brief', label: __( 'All five parts (brief)', 'newsbrief' ) },
		{ value: 'nb-tldr', label: __( 'TL;DR card', 'newsbrief' ) },
		{ value: 'nb-key-facts', label: __( 'Key facts', 'newsbrief' ) },
		{ value: 'nb-faq', label: __( 'FAQ accordion', 'newsbrief' ) },
		{ value: 'nb-confirmed-unclear', label: __( 'Confirmed vs still unclear', 'newsbrief' ) },
		{ value: 'nb-sources', label: __( 'Sources', 'newsbrief' ) },
	];

	/*
	 * WordPress filters block attributes through KSES for users without unfiltered_html (authors,
	 * contributors): it would strip "<…>" from the article's text and turn "&" into "&amp;". Stored with
	 * those three characters as JSON escapes — the same JSON — the article passes through intact; the
	 * field shows them as typed.
	 */
	var STORED = { '&': '\\u0026', '<': '\\u003c', '>': '\\u003e' };
	function toStored( text ) {
		return text.replace( /[&<>]/g, function ( character ) {
			return STORED[ character ];
		} );
	}
	function fromStored( text ) {
		// Every escape is matched whole, left to right, so "\\" pairs are skipped and never start one.
		return text.replace( /\\(u00(?:26|3[ce])|[\s\S])/gi, function ( match, escape ) {
			return escape.length === 5 ? String.fromCharCode( parseInt( escape.slice( 3 ), 16 ) ) : match;
		} );
	}

	/**
	 * Reads the pasted JSON as PHP will: an object, an array or a string; anything else is a problem.
	 *
	 * @param {string} text The JSON text.
	 * @return {{article: *, error: (string|null)}} The article, or why it is not one.
	 */
	function readArticle( text ) {
		if ( ! text || ! text.trim() ) {
			return { article: null, error: null };
		}
		var article;
		try {
			article = JSON.parse( text );
		} catch ( error ) {
			/* translators: %s: the browser's description of the JSON syntax error. */
			return { article: null, error: sprintf( __( 'The article is not valid JSON: %s', 'newsbrief' ), error.message ) };
		}
		if ( article === null || ( typeof article !== 'object' && typeof article !== 'string' ) ) {
			return { article: null, error: __( 'The article is valid JSON but not an article (an object with fields such as "tldr" and "faq").', 'newsbrief' ) };
		}
		return { article: article, error: null };
	}

	/**
	 * The real element, created and updated by hand: React 17 sets no properties on custom elements.
	 *
	 * @param {Object} props The block's attributes, the article read from them, and a problem callback.
	 * @return {Object} A container holding the element.
	 */
	function Preview( props ) {
		var container = useRef( null );
		var attributes = props.attributes;

		useEffect(
			function () {
				var host = container.current;
				var node = host.firstElementChild;
				if ( ! node || node.localName !== attributes.element ) {
					host.textContent = '';
					node = document.createElement( attributes.element );
					node.addEventListener( 'nb-error', function ( event ) {
						props.onProblem( event.detail && event.detail.message );
					} );
					host.appendChild( node );
				}
				var set = function ( name, value ) {
					if ( value === '' || value === null || value === undefined ) {
						node.removeAttribute( name );
					} else {
						node.setAttribute( name, String( value ) );
					}
				};
				set( 'heading', attributes.heading );
				set( 'heading-level', attributes.headingLevel === 2 ? '' : attributes.headingLevel );
				set( 'theme', attributes.theme );
				var faq = attributes.element === 'nb-faq';
				set( 'mode', faq ? attributes.faqMode : '' );
				set( 'open', faq ? attributes.faqOpen : '' );
				props.onProblem( null );
				if ( props.article !== null ) {
					node.removeAttribute( 'src' );
					node.data = props.article;
				} else {
					node.data = null;
					set( 'src', attributes.src );
				}
			},
			[ attributes.element, attributes.heading, attributes.headingLevel, attributes.theme, attributes.faqMode, attributes.faqOpen, attributes.src, props.article ]
		);

		return el( 'div', { className: 'newsbrief-preview', ref: container } );
	}

	/**
	 * A notice in the editor's notice area for a block whose JSON cannot be shown.
	 *
	 * @param {string}      clientId The block's id.
	 * @param {string|null} error    The problem, or null.
	 */
	function useEditorNotice( clientId, error ) {
		useEffect(
			function () {
				var notices = data.dispatch( 'core/notices' );
				var id = 'newsbrief-' + clientId;
				if ( error ) {
					var sentence = /[.!?]$/.test( error ) ? error : error + '.';
					notices.createErrorNotice( __( 'News brief:', 'newsbrief' ) + ' ' + sentence + ' ' + __( 'Readers see nothing in its place until it is fixed.', 'newsbrief' ), { id: id, isDismissible: true } );
				} else {
					notices.removeNotice( id );
				}
				return function () {
					notices.removeNotice( id );
				};
			},
			[ clientId, error ]
		);
	}

	function ArticleFields( props ) {
		var attributes = props.attributes;
		return el(
			Fragment,
			null,
			el( TextareaControl, {
				className: 'newsbrief-json-field',
				label: __( 'Article JSON', 'newsbrief' ),
				help: __( 'Paste the article: an object with headline, tldr, keyFacts, faq, confirmed, unclear, sources.', 'newsbrief' ),
				value: fromStored( attributes.article ),
				rows: props.rows || 10,
				onChange: function ( value ) {
					props.setAttributes( { article: toStored( value ) } );
				},
			} ),
			el( TextControl, {
				label: __( 'Or the URL of the article JSON', 'newsbrief' ),
				help: __( 'Used when no JSON is pasted above. Fetched by the reader’s browser (CORS applies).', 'newsbrief' ),
				type: 'url',
				value: attributes.src,
				onChange: function ( value ) {
					props.setAttributes( { src: value } );
				},
			} )
		);
	}

	function Edit( props ) {
		var attributes = props.attributes;
		var setAttributes = props.setAttributes;
		var read = readArticle( fromStored( attributes.article ) ); // Positions in errors as the editor sees the text.
		var problemState = useState( null );
		var problem = problemState[ 0 ];
		var blockProps = useBlockProps();
		var empty = ! attributes.article.trim() && ! attributes.src.trim();
		useEditorNotice( props.clientId, read.error );

		var sidebar = el(
			InspectorControls,
			null,
			el( PanelBody, { title: __( 'Article', 'newsbrief' ), initialOpen: true }, el( ArticleFields, { attributes: attributes, setAttributes: setAttributes } ) ),
			el(
				PanelBody,
				{ title: __( 'Display', 'newsbrief' ), initialOpen: true },
				el( SelectControl, {
					label: __( 'Show', 'newsbrief' ),
					value: attributes.element,
					options: ELEMENTS,
					onChange: function ( value ) {
						setAttributes( { element: value } );
					},
				} ),
				el( TextControl, {
					label: __( 'Heading', 'newsbrief' ),
					help: __( 'Leave empty for the built-in heading in the article’s language.', 'newsbrief' ),
					value: attributes.heading,
					onChange: function ( value ) {
						setAttributes( { heading: value } );
					},
				} ),
				el( SelectControl, {
					label: __( 'Heading level', 'newsbrief' ),
					value: String( attributes.headingLevel ),
					options: [ 2, 3, 4, 5, 6 ].map( function ( level ) {
						return { value: String( level ), label: 'H' + level };
					} ),
					onChange: function ( value ) {
						setAttributes( { headingLevel: parseInt( value, 10 ) } );
					},
				} ),
				el( SelectControl, {
					label: __( 'Theme', 'newsbrief' ),
					value: attributes.theme,
					options: [
						{ value: '', label: __( 'The page’s colours', 'newsbrief' ) },
						{ value: 'light', label: __( 'Light card', 'newsbrief' ) },
						{ value: 'dark', label: __( 'Dark card', 'newsbrief' ) },
						{ value: 'auto', label: __( 'Follow the reader’s light/dark setting', 'newsbrief' ) },
					],
					onChange: function ( value ) {
						setAttributes( { theme: value } );
					},
				} ),
				attributes.element === 'nb-faq' &&
					el( SelectControl, {
						label: __( 'Questions open at once', 'newsbrief' ),
						value: attributes.faqMode,
						options: [
							{ value: 'multiple', label: __( 'Any number', 'newsbrief' ) },
							{ value: 'single', label: __( 'One (opening one closes the others)', 'newsbrief' ) },
						],
						onChange: function ( value ) {
							setAttributes( { faqMode: value } );
						},
					} ),
				attributes.element === 'nb-faq' &&
					el( SelectControl, {
						label: __( 'Open when the page loads', 'newsbrief' ),
						value: attributes.faqOpen,
						options: [
							{ value: 'none', label: __( 'None', 'newsbrief' ) },
							{ value: 'first', label: __( 'The first question', 'newsbrief' ) },
							{ value: 'all', label: __( 'All questions', 'newsbrief' ) },
						],
						onChange: function ( value ) {
							setAttributes( { faqOpen: value } );
						},
					} )
			)
		);

		var body;
		if ( empty ) {
			body = el(
				Placeholder,
				{
					icon: 'text-page',
					label: __( 'News brief', 'newsbrief' ),
					instructions: __( 'Paste the article’s JSON, or give the URL of its JSON file.', 'newsbrief' ),
				},
				el( 'div', { style: { width: '100%' } }, el( ArticleFields, { attributes: attributes, setAttributes: setAttributes, rows: 6 } ) )
			);
		} else {
			body = el(
				Fragment,
				null,
				read.error && el( Notice, { status: 'error', isDismissible: false, className: 'newsbrief-editor-notice' }, read.error ),
				! read.error && problem && el( Notice, { status: 'warning', isDismissible: false, className: 'newsbrief-editor-notice' }, problem ),
				el( Preview, { attributes: attributes, article: read.error ? null : read.article, onProblem: problemState[ 1 ] } )
			);
		}

		return el( 'div', blockProps, sidebar, body );
	}

	blocks.registerBlockType( 'newsbrief/brief', {
		edit: Edit,
		save: function () {
			return null; // A dynamic block: PHP renders it.
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.data, window.wp.i18n );
