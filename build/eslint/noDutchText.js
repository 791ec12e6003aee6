import { dutchWordsIn, isDutch } from './dutch.js';

/**
 * `veldwerk/no-dutch-text`: Dutch user text lives in the message catalogue (`shared/i18n/nl/`),
 * never as a literal in code. In the spirit of Actual Budget's `no-untranslated-strings`, but
 * for every literal (not only JSX): JSX text, attribute values, string and template literals and
 * `new Error('…')` messages. Which folders hold data rather than UI text is decided in
 * `eslint.config.js`, not here.
 */

/** JSX attributes that never hold text a user reads. */
const programmaticAttributes = new Set([
  'className',
  'id',
  'key',
  'htmlFor',
  'href',
  'to',
  'role',
  'type',
  'name',
  'lang',
  'rel',
  'target',
  'autoComplete',
  'inputMode',
  'method',
  'form',
  'pattern',
  'accept',
  'src',
  'dir',
  'viewBox',
  'd',
  'fill',
  'stroke',
  'xmlns',
  'value',
  'defaultValue',
  'variant',
  'size',
  'tone',
  'kind',
  'mode',
  'icon',
  'as',
  'headers',
  'list',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-live',
  'aria-current',
  'aria-sort',
  'aria-haspopup',
]);

function attributeName(attribute) {
  const name = attribute.name;
  return name.type === 'JSXNamespacedName' ? `${name.namespace.name}:${name.name.name}` : name.name;
}

/** The JSX attribute a literal is the value of (directly or inside `{…}`), if any. */
function jsxAttributeOf(node) {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'JSXAttribute') return parent;
    if (parent.type === 'JSXElement' || parent.type === 'JSXFragment') return undefined;
  }
  return undefined;
}

/** Whether a literal is shown as it is in JSX: a child or attribute value, possibly chosen by `?:`/`&&`. */
function inJsx(node) {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (
      parent.type === 'JSXAttribute' ||
      parent.type === 'JSXElement' ||
      parent.type === 'JSXFragment'
    )
      return true;
    if (parent.type === 'ConditionalExpression' && parent.test === child) return false;
    if (
      ![
        'JSXExpressionContainer',
        'ConditionalExpression',
        'LogicalExpression',
        'TemplateLiteral',
      ].includes(parent.type)
    ) {
      return false;
    }
  }
  return false;
}

/** Literals that are code, not text: module names, types, keys, directives. */
function isProgrammatic(node) {
  const parent = node.parent;
  if (!parent) return true;
  switch (parent.type) {
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
    case 'ImportExpression':
    case 'TSLiteralType':
    case 'TSExternalModuleReference':
    case 'TSModuleDeclaration':
    case 'ImportAttribute':
      return true;
    case 'Property':
    case 'PropertyDefinition':
    case 'MethodDefinition':
    case 'TSPropertySignature':
    case 'TSEnumMember':
      return parent.key === node && !parent.computed;
    case 'MemberExpression':
      return parent.property === node;
    case 'BinaryExpression':
      return ['===', '!==', '==', '!=', 'in'].includes(parent.operator);
    case 'SwitchCase':
      return parent.test === node;
    case 'NewExpression':
    case 'CallExpression':
      // A pattern that reads Dutch input (`new RegExp('^tot …')`) is code, not text.
      return parent.callee.type === 'Identifier' && parent.callee.name === 'RegExp';
    case 'ExpressionStatement':
      return parent.directive !== undefined;
    default:
      break;
  }
  const attribute = jsxAttributeOf(node);
  if (attribute) {
    const name = attributeName(attribute);
    return (
      programmaticAttributes.has(name) ||
      name.startsWith('data-') ||
      /(Slug|Key|Id|ClassName)$/.test(name)
    );
  }
  return false;
}

function excerpt(text) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

export const noDutchText = {
  meta: {
    type: 'problem',
    docs: { description: 'Dutch user text belongs in the message catalogue shared/i18n/nl/' },
    schema: [],
    messages: {
      dutch:
        'Dutch text "{{text}}" ({{words}}): move it to the catalogue shared/i18n/nl/. An error a user reads is a UserError with a catalogue message; other errors are English.',
    },
  },
  create(context) {
    function check(node, text, jsx) {
      if (!isDutch(text, { jsx })) return;
      const words = [...new Set(dutchWordsIn(text))].slice(0, 3).join(', ');
      context.report({ node, messageId: 'dutch', data: { text: excerpt(text), words } });
    }
    return {
      JSXText(node) {
        check(node, node.value, true);
      },
      Literal(node) {
        if (typeof node.value !== 'string' || isProgrammatic(node)) return;
        check(node, node.value, inJsx(node));
      },
      TemplateLiteral(node) {
        if (isProgrammatic(node) || node.parent?.type === 'TaggedTemplateExpression') return;
        // An interpolation stands in as `0`: `${n} bedrijven` reads as text, `/gesprekken/${id}` as a path.
        const text = node.quasis.map((quasi) => quasi.value.cooked ?? '').join('0');
        check(node, text, inJsx(node));
      },
    };
  },
};
