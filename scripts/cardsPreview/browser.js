/* Runs INSIDE the headless page, after dist/adaptivecards.min.js; never required by Node.
 * Defines window.cardsPreview.render(card, hostConfig) → { issues, warnings }:
 *   issues   — renderer parse/validation events and properties the renderer does not know (fail the run);
 *   warnings — what the rendered DOM shows: clipped button titles or text, low contrast (reported only).
 */
(function () {
  'use strict';
  var AC = window.AdaptiveCards;

  // ---- The Markdown subset Teams renders in a TextBlock: paragraphs, - / 1. lists, **bold**, _italic_, links.
  function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function inline(s) {
    return escapeHtml(s)
      .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[\s(])_([^_]+)_(?=$|[\s).,;:!?])/g, '$1<em>$2</em>')
      .replace(/(^|[\s(])\*([^*]+)\*(?=$|[\s).,;:!?])/g, '$1<em>$2</em>');
  }
  function markdown(text) {
    var lines = text.split(/\r\n|\r|\n/);
    var html = '';
    var list = null; // 'ul' | 'ol'
    var para = [];
    function flushPara() {
      if (para.length) html += '<p>' + para.join('<br>') + '</p>';
      para = [];
    }
    function closeList() {
      if (list) html += '</' + list + '>';
      list = null;
    }
    lines.forEach(function (line) {
      var ul = /^\s*[-*+]\s+(.*)$/.exec(line);
      var ol = /^\s*\d+\.\s+(.*)$/.exec(line);
      if (ul || ol) {
        flushPara();
        var kind = ul ? 'ul' : 'ol';
        if (list !== kind) {
          closeList();
          html += '<' + kind + '>';
          list = kind;
        }
        html += '<li>' + inline((ul || ol)[1]) + '</li>';
      } else if (line.trim() === '') {
        flushPara();
        closeList();
      } else {
        closeList();
        para.push(inline(line));
      }
    });
    flushPara();
    closeList();
    return html;
  }
  AC.AdaptiveCard.onProcessMarkdown = function (text, result) {
    result.outputHtml = markdown(text);
    result.didProcess = true;
  };

  // ---- Properties the renderer knows, per type (from its own serialization schemas).
  var schemaCache = new Map();
  function namesOf(instance) {
    var schema = instance.getSchema();
    var names = new Map(); // name → property definition
    for (var i = 0; i < schema.getCount(); i++) names.set(schema.getItemAt(i).name, schema.getItemAt(i));
    return names;
  }
  // The renderer drops a number or boolean of the wrong JSON type without any event (e.g. an Input.Number
  // "value": "17" renders an empty field), so those are checked here.
  function wrongType(prop, value) {
    if (value === null) return false; // null reads as "not set"
    if (prop instanceof AC.NumProperty) return typeof value !== 'number';
    if (prop instanceof AC.BoolProperty) return typeof value !== 'boolean' && !/^(true|false)$/i.test(String(value));
    return false;
  }
  function known(kind, typeName) {
    var key = kind + ':' + typeName;
    if (schemaCache.has(key)) return schemaCache.get(key);
    var instance;
    if (kind === 'card') instance = new AC.AdaptiveCard();
    else if (kind === 'fact') instance = new AC.Fact();
    else if (kind === 'choice') instance = new AC.Choice();
    else if (typeName === 'Column') instance = new AC.Column();
    else if (typeName === 'TableRow') instance = new AC.TableRow();
    else if (typeName === 'TableCell') instance = new AC.TableCell();
    else {
      var registry = kind === 'action' ? AC.GlobalRegistry.actions : AC.GlobalRegistry.elements;
      var reg = registry.findByName(typeName);
      instance = reg ? new reg.objectType() : undefined;
    }
    var names = instance ? namesOf(instance) : null;
    schemaCache.set(key, names);
    return names;
  }
  // Collections and fallbacks the renderer parses in code rather than through its property schemas.
  var PARSED_IN_CODE = {
    AdaptiveCard: ['body', 'actions'],
    Container: ['items'],
    Column: ['items'],
    TableCell: ['items'],
    ColumnSet: ['columns'],
    Table: ['rows'],
    TableRow: ['cells'],
    ActionSet: ['actions'],
    ImageSet: ['images'],
    'Action.ShowCard': ['card'],
  };
  // Keys Teams reads that the renderer has no property for.
  var HOST_EXTRAS = { card: ['$schema', 'msteams'] };

  function checkProps(json, kind, path, out, defaultType) {
    if (!json || typeof json !== 'object' || Array.isArray(json)) return;
    var typeName = json.type || defaultType;
    var names = known(kind, typeName);
    if (!names) {
      out.push('unknown ' + kind + ' type ' + JSON.stringify(typeName) + ' at ' + path);
      return;
    }
    var extras = (HOST_EXTRAS[kind] || []).concat(PARSED_IN_CODE[kind === 'card' ? 'AdaptiveCard' : typeName] || []);
    if (kind === 'element' || kind === 'action') extras.push('fallback');
    Object.keys(json).forEach(function (prop) {
      if (!names.has(prop) && extras.indexOf(prop) < 0) {
        out.push('property "' + prop + '" is unknown to ' + (typeName || kind) + ' at ' + path);
      } else if (names.has(prop) && wrongType(names.get(prop), json[prop])) {
        out.push('property "' + prop + '" of ' + (typeName || kind) + ' has the wrong type, ignored by the renderer: ' +
          JSON.stringify(json[prop]) + ' at ' + path);
      }
    });
    function each(prop, childKind, childDefault) {
      var v = json[prop];
      if (Array.isArray(v)) v.forEach(function (c, i) { checkProps(c, childKind, path + '.' + prop + '[' + i + ']', out, childDefault); });
      else if (v && typeof v === 'object') checkProps(v, childKind, path + '.' + prop, out, childDefault);
    }
    if (kind === 'card') {
      each('body', 'element');
      each('actions', 'action');
      each('selectAction', 'action');
    } else if (kind === 'element') {
      each('items', 'element');
      each('columns', 'element', 'Column');
      each('rows', 'element', 'TableRow');
      each('cells', 'element', 'TableCell');
      each('images', 'element', 'Image');
      each('facts', 'fact');
      each('choices', 'choice');
      each('actions', 'action');
      each('selectAction', 'action');
      each('inlineAction', 'action');
      each('fallback', 'element');
    } else if (kind === 'action') {
      each('fallback', 'action');
      each('card', 'card');
    }
  }

  // ---- Reading the rendered DOM.
  function parseColor(css) {
    var m = /rgba?\(([^)]+)\)/.exec(css);
    if (!m) return null;
    var p = m[1].split(/[,\s/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  }
  function lum(c) {
    function lin(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
    return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
  }
  function blend(fg, bg) {
    return { r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a), b: fg.b * fg.a + bg.b * (1 - fg.a), a: 1 };
  }
  function backgroundOf(el) {
    var layers = [];
    for (var n = el; n && n.nodeType === 1; n = n.parentElement) {
      var c = parseColor(getComputedStyle(n).backgroundColor);
      if (c && c.a > 0) {
        layers.push(c);
        if (c.a >= 1) break;
      }
    }
    var bg = { r: 255, g: 255, b: 255, a: 1 };
    for (var i = layers.length - 1; i >= 0; i--) bg = blend(layers[i], bg);
    return bg;
  }
  function contrast(el) {
    var style = getComputedStyle(el);
    var bg = backgroundOf(el);
    var fg = blend(parseColor(style.color), bg);
    var l = [lum(fg), lum(bg)].sort(function (a, b) { return b - a; });
    var size = parseFloat(style.fontSize);
    var bold = parseInt(style.fontWeight, 10) >= 600;
    return { ratio: (l[0] + 0.05) / (l[1] + 0.05), large: size >= 24 || (bold && size >= 18.66) };
  }
  function short(text) {
    text = text.replace(/\s+/g, ' ').trim();
    return JSON.stringify(text.length > 60 ? text.slice(0, 57) + '…' : text);
  }

  function inspect(root) {
    var warnings = [];
    var cardRect = root.getBoundingClientRect();
    // Buttons: blank or clipped titles.
    var buttons = root.querySelectorAll('button');
    var blank = 0;
    buttons.forEach(function (b) {
      var text = (b.innerText || '').trim();
      if (!text && !b.querySelector('img')) blank++;
      var clipped = b.scrollWidth > b.clientWidth + 1;
      b.querySelectorAll('*').forEach(function (c) { if (c.scrollWidth > c.clientWidth + 1) clipped = true; });
      if (clipped) warnings.push('button title clipped: ' + short(b.title || b.getAttribute('aria-label') || text));
      var r = b.getBoundingClientRect();
      if (r.right > cardRect.right + 1) warnings.push('button outside the card: ' + short(text));
    });
    // Text: clipped by its box or outside the card.
    var seen = new Set();
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var el = node.parentElement;
      if (!node.nodeValue.trim() || seen.has(el)) continue;
      seen.add(el);
      if (el.closest('button')) {
        var c0 = contrast(el.closest('button'));
        if (c0.ratio < 3) warnings.push('button text contrast ' + c0.ratio.toFixed(2) + ': ' + short(el.innerText || ''));
        continue;
      }
      // A word split over two lines (the column is narrower than the word): "инциденто|в". A break after a
      // hyphen is a normal line break, so hyphenated words are checked part by part.
      var re = /[^\s\-\u2010\u2011]+/g;
      var w;
      while ((w = re.exec(node.nodeValue))) {
        var range = document.createRange();
        range.setStart(node, w.index);
        range.setEnd(node, w.index + w[0].length);
        var tops = new Set(Array.from(range.getClientRects()).filter(function (r) { return r.width > 0; }).map(function (r) { return Math.round(r.top); }));
        if (tops.size > 1) warnings.push('word broken across lines: ' + short(w[0]) + ' in ' + short(node.nodeValue));
      }
      var rect = el.getBoundingClientRect();
      if (rect.width > 0 && rect.right > cardRect.right + 1) warnings.push('text runs outside the card: ' + short(el.innerText || ''));
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') {
        warnings.push('text clipped: ' + short(el.innerText || ''));
      }
      if (!/[\p{L}\p{N}]/u.test(node.nodeValue)) continue; // a lone required-field "*" and the like
      var c = contrast(el);
      if (c.ratio < (c.large ? 3 : 4.5)) warnings.push('low contrast ' + c.ratio.toFixed(2) + ': ' + short(el.innerText || ''));
    }
    return { warnings: warnings, buttons: buttons.length, blankButtons: blank };
  }

  function eventText(e) {
    var name = AC.ValidationEvent[e.event] || e.event;
    var src = e.source && e.source.getJsonTypeName ? e.source.getJsonTypeName() : '';
    return name + (src ? ' (' + src + ')' : '') + ': ' + e.message;
  }

  window.cardsPreview = {
    render: async function (cardJson, hostConfigJson) {
      var host = document.getElementById('host');
      host.innerHTML = '';
      var issues = [];
      var card = new AC.AdaptiveCard();
      card.hostConfig = new AC.HostConfig(hostConfigJson);
      var context = new AC.SerializationContext(AC.Versions.v1_5); // Teams renders up to 1.5
      card.parse(cardJson, context);
      for (var i = 0; i < context.eventCount; i++) issues.push('parse: ' + eventText(context.getEventAt(i)));
      card.validateProperties().validationEvents.forEach(function (e) { issues.push('validate: ' + eventText(e)); });
      var unknown = [];
      checkProps(cardJson, 'card', '$', unknown);
      unknown.forEach(function (u) { issues.push('schema: ' + u); });
      var el = card.render();
      if (!el) {
        issues.push('render: the renderer returned nothing');
        return { issues: issues, warnings: [] };
      }
      host.appendChild(el);
      await document.fonts.ready;
      var dom = inspect(el);
      if (dom.blankButtons) issues.push('render: ' + dom.blankButtons + ' button(s) with no visible title');
      return { issues: issues, warnings: dom.warnings, buttons: dom.buttons };
    },
  };
})();
