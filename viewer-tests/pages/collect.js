/*
 * Reads back what a viewer made of a diagram: for every cell of the decoded model, its parent and
 * the text its rendered label shows, and which elements the label's DOM holds. Runs in the page;
 * the Node test (../viewers.test.js) makes the assertions.
 */
window.collectGraph = function (graph, xml, engine) {
  var model = graph.getModel();
  var doc = new DOMParser().parseFromString(xml, 'application/xml');
  var raw = Array.prototype.map.call(doc.getElementsByTagName('mxCell'), function (c) {
    return {
      id: c.getAttribute('id'),
      parent: c.getAttribute('parent'),
      vertex: c.getAttribute('vertex') === '1',
      edge: c.getAttribute('edge') === '1',
      value: c.getAttribute('value')
    };
  });
  var cells = [];
  for (var key in model.cells) {
    var cell = model.cells[key];
    var state = graph.view.getState(cell);
    var label = state != null && state.text != null ? state.text.node : null;
    var tags = {};
    if (label != null) {
      var all = label.getElementsByTagName('*');
      for (var i = 0; i < all.length; i++) {
        tags[all[i].localName] = true;
      }
    }
    var box = label != null && label.getBBox ? label.getBBox() : null;
    cells.push({
      id: cell.id,
      parent: cell.parent != null ? cell.parent.id : null,
      vertex: !!cell.vertex,
      edge: !!cell.edge,
      value: cell.value == null ? '' : String(cell.value),
      html: !!graph.isHtmlLabel(cell),
      rendered: label != null ? label.textContent : null,
      labelTags: Object.keys(tags),
      labelSize: box != null ? [box.width, box.height] : null
    });
  }
  return {
    engine: engine,
    raw: raw,
    cells: cells,
    rootId: model.getRoot() != null ? model.getRoot().id : null
  };
};
