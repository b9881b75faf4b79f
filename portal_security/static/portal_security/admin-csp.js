/*
 * The Wagtail admin under the site's Content Security Policy (no inline scripts).
 *
 * A few Wagtail templates start their widget with an inline <script>, which the policy blocks.
 * portal_security's copies of those templates put the widget's settings in data attributes
 * instead, and this file (first among the scripts of every admin page) calls the same
 * initialisers Wagtail would have called:
 *
 * - date, time and date-time pickers: data-portal-picker="date|time|datetime" and
 *   data-portal-picker-config (JSON), on the input itself;
 * - chooser widgets (page, image, document, snippet, task): a <template> after the widget with
 *   data-portal-chooser (the constructor, e.g. "PageChooser") or data-portal-chooser-function
 *   ("createTaskChooser"), data-portal-chooser-for (the input's id) and its options (JSON)
 *   (portal_security/admin_widgets.py); only the initialisers listed below are ever called;
 * - InlinePanel and MultipleChooserPanel (workflow tasks and any other inline formset): a
 *   <template> after the panel with data-portal-inline-panel (the constructor) and
 *   data-portal-panel-options (JSON), rendered by portal_security's block override of Wagtail's
 *   panel templates (templates/wagtailadmin/panels/);
 * - promoted search results: a hidden element with data-portal-search-promotions (the formset
 *   prefixes, the query field and the query chooser's URL).
 *
 * Widgets added later (an InlinePanel row, a modal, a dialog) are started as they appear.
 *
 * Style elements: Wagtail's rich text editor (Draftail) adds <style> elements for its placeholders
 * and list numbering, with content that differs per editor (so no hash can allow it). The admin's
 * policy allows <style> elements that carry the response's nonce; this script is loaded first, with
 * that nonce (portal_security/templates/wagtailadmin/admin_base.html), and gives it to every
 * <style> element the admin's own scripts create. Style elements in markup (say, injected into a
 * page title) still have no nonce and stay blocked, as do style="" attributes.
 */
(function () {
  'use strict';

  var styleNonce = document.currentScript && document.currentScript.nonce;
  if (styleNonce) {
    var createElement = document.createElement;
    document.createElement = function (tagName, options) {
      var element = createElement.call(document, tagName, options);
      if (String(tagName).toLowerCase() === 'style') element.setAttribute('nonce', styleNonce);
      return element;
    };
  }

  var PICKER_INITIALISERS = {
    date: 'initDateChooser',
    time: 'initTimeChooser',
    datetime: 'initDateTimeChooser',
  };
  var STARTED = 'portalStarted';

  function startPicker(input) {
    if (input.dataset[STARTED] || !input.id) return;
    // Inside a StreamField, Wagtail's own telepath widget has already started it.
    if (window.jQuery && window.jQuery(input).data('xdsoft_datetimepicker')) return;
    var kind = input.dataset.portalPicker;
    if (!Object.prototype.hasOwnProperty.call(PICKER_INITIALISERS, kind)) return;
    var initialise = window[PICKER_INITIALISERS[kind]];
    if (typeof initialise !== 'function') return; // date-time-chooser.js not on this page
    var config = {};
    try {
      config = JSON.parse(input.dataset.portalPickerConfig || '{}');
    } catch (error) {
      // A picker with Wagtail's defaults is better than none.
    }
    input.dataset[STARTED] = 'true';
    initialise(input.id, config);
  }

  // Only these globals may be started from markup: the names come from data attributes, and
  // markup injected into an admin page (a title, a comment) must not be able to call any other
  // function of the page's scripts with arguments of its choosing.
  var CHOOSER_CONSTRUCTORS = [
    'Chooser',
    'PageChooser',
    'ImageChooser',
    'DocumentChooser',
    'SnippetChooser',
  ];
  var CHOOSER_FUNCTIONS = ['createTaskChooser'];

  function startChooser(template) {
    if (template.dataset[STARTED]) return;
    var id = template.dataset.portalChooserFor;
    var functionName = template.dataset.portalChooserFunction;
    var constructorName = template.dataset.portalChooser;
    var allowed = functionName
      ? CHOOSER_FUNCTIONS.indexOf(functionName) !== -1
      : CHOOSER_CONSTRUCTORS.indexOf(constructorName) !== -1;
    if (!allowed || !id) return;
    var initialise = window[functionName || constructorName];
    if (typeof initialise !== 'function') return; // the widget's script is not on this page
    var options = {};
    try {
      options = JSON.parse(template.dataset.portalChooserOptions || '{}');
    } catch (error) {
      // Wagtail's defaults.
    }
    template.dataset[STARTED] = 'true';
    if (functionName) {
      initialise(id);
    } else {
      // eslint-disable-next-line no-new
      new initialise(id, options);
    }
  }

  var PANEL_CONSTRUCTORS = ['InlinePanel', 'MultipleChooserPanel'];

  function startInlinePanel(template) {
    if (template.dataset[STARTED]) return;
    var constructorName = template.dataset.portalInlinePanel;
    if (PANEL_CONSTRUCTORS.indexOf(constructorName) === -1) return;
    var Panel = window[constructorName];
    if (typeof Panel !== 'function') return;
    var options;
    try {
      options = JSON.parse(template.dataset.portalPanelOptions || '');
    } catch (error) {
      return; // without its prefixes the panel cannot be started
    }
    template.dataset[STARTED] = 'true';
    // eslint-disable-next-line no-new
    new Panel(options);
  }

  function startSearchPromotions(element) {
    if (element.dataset[STARTED]) return;
    if (typeof window.InlinePanel !== 'function') return;
    element.dataset[STARTED] = 'true';
    // eslint-disable-next-line no-new
    new window.InlinePanel({
      formsetPrefix: 'id_' + element.dataset.portalFormsetPrefix,
      emptyChildFormPrefix: element.dataset.portalEmptyFormPrefix,
      canOrder: true,
    });
    var input = document.getElementById(element.dataset.portalQueryInput);
    var chooser = document.getElementById(element.dataset.portalQueryInput + '-chooser');
    if (!input || !chooser) return;
    var chooserUrl = element.dataset.portalQueryChooserUrl || '';
    // A path on this site only (the template renders {% url %}), never another origin.
    if (chooserUrl.charAt(0) !== '/' || '/\\'.indexOf(chooserUrl.charAt(1)) !== -1) return;
    chooser.addEventListener('click', function () {
      window.ModalWorkflow({
        url: chooserUrl,
        onload: window.QUERY_CHOOSER_MODAL_ONLOAD_HANDLERS,
        responses: {
          queryChosen: function (queryData) {
            input.value = queryData.querystring;
          },
        },
      });
    });
  }

  var STARTERS = [
    ['input[data-portal-picker]', startPicker],
    // Only the inert <template> that portal_security/admin_widgets.py renders after a widget.
    ['template[data-portal-chooser], template[data-portal-chooser-function]', startChooser],
    ['template[data-portal-inline-panel]', startInlinePanel],
    ['div[hidden][data-portal-search-promotions]', startSearchPromotions],
  ];

  function startAll(root) {
    if (!root.querySelectorAll) return; // text nodes
    STARTERS.forEach(function (starter) {
      if (root.matches && root.matches(starter[0])) starter[1](root);
      root.querySelectorAll(starter[0]).forEach(starter[1]);
    });
  }

  function watch() {
    startAll(document);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        mutation.addedNodes.forEach(startAll);
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', watch);
  } else {
    watch();
  }
})();
