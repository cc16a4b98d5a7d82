// Contrast of every piece of visible text on the page against what is behind it (WCAG 1.4.3),
// computed in the page: the text's colour over the first opaque background among its ancestors
// (semi-transparent ones blended in), 4.5:1 for normal text and 3:1 for large (24px, or 18.66px
// bold). Returns the failures as strings, and the number of elements measured.
// Background images are not measured (the site uses none).
(function () {
  function parse(colour) {
    var m = colour.match(/rgba?\(([^)]+)\)/);
    if (!m) { return [0, 0, 0, 0]; }
    var parts = m[1].split(/[ ,\/]+/).filter(function (p) { return p.length; }).map(Number);
    return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
  }
  function blend(top, bottom) {
    var a = top[3];
    return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
  }
  function luminance(c) {
    var channels = [c[0], c[1], c[2]].map(function (v) {
      v = v / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }
  function background(element) {
    var layers = [];
    for (var e = element; e; e = e.parentElement) {
      var bg = parse(getComputedStyle(e).backgroundColor);
      if (bg[3] > 0) { layers.push(bg); }
      if (bg[3] >= 1) { break; }
    }
    var colour = [255, 255, 255, 1];
    for (var i = layers.length - 1; i >= 0; i--) { colour = blend(layers[i], colour); }
    return colour;
  }
  function visible(element) {
    var style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.display === 'none' || parseFloat(style.opacity) === 0) { return false; }
    var rect = element.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) { return false; }
    for (var e = element; e; e = e.parentElement) {
      var s = getComputedStyle(e);
      if (s.clipPath === 'inset(50%)' || (s.position === 'absolute' && parseFloat(s.left) < -1000)) { return false; }
    }
    return true;
  }
  var failures = [];
  var measured = 0;
  var all = document.body.querySelectorAll('*');
  for (var i = 0; i < all.length; i++) {
    var element = all[i];
    var ownText = '';
    for (var n = element.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) { ownText += n.nodeValue; }
    }
    if (!ownText.trim() || !visible(element)) { continue; }
    var style = getComputedStyle(element);
    var fg = blend(parse(style.color), background(element));
    var bg = background(element);
    var l1 = luminance(fg), l2 = luminance(bg);
    var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    var size = parseFloat(style.fontSize);
    var bold = parseInt(style.fontWeight, 10) >= 700;
    var needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    measured++;
    if (ratio + 0.005 < needed) {
      failures.push(element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).replace(/\s+/g, '.') : '')
        + ' "' + ownText.trim().substring(0, 40) + '" ' + ratio.toFixed(2) + ':1 < ' + needed + ':1 (' + style.color + ' on rgb('
        + bg.slice(0, 3).map(Math.round).join(', ') + '))');
    }
  }
  return { measured: measured, failures: failures };
})();
