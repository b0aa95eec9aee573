/// The index page's search: filters the questions as one types (every word must appear in the
/// question, its short answer, its tags or its answer; accents and case ignored), hides empty
/// topics, keeps the query in the address (`?q=`) and focuses the box on `/`.
enum HTMLSearchScript {
    static let javaScript = #"""

        (function () {
          "use strict";
          var input = document.getElementById("faq-search");
          if (!input) return;
          var items = Array.prototype.slice.call(document.querySelectorAll("li[data-search]"));
          var topics = Array.prototype.slice.call(document.querySelectorAll("section.topic"));
          var count = document.getElementById("faq-count");
          var empty = document.getElementById("faq-empty");
          var template = count.getAttribute("data-template");
          function normalize(text) {
            return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
          }
          var texts = items.map(function (item) { return normalize(item.getAttribute("data-search")); });
          function apply() {
            var words = normalize(input.value).split(/\s+/).filter(Boolean);
            var shown = 0;
            items.forEach(function (item, index) {
              var match = words.every(function (word) { return texts[index].indexOf(word) !== -1; });
              item.hidden = !match;
              if (match) shown += 1;
            });
            topics.forEach(function (topic) {
              var visible = topic.querySelectorAll("li[data-search]:not([hidden])").length;
              topic.hidden = visible === 0;
              var chipCount = document.querySelector('.chip-count[data-topic="' + topic.id + '"]');
              if (chipCount) {
                chipCount.textContent = String(visible);
                chipCount.parentNode.classList.toggle("chip-empty", visible === 0);
              }
            });
            count.textContent = template.replace("{shown}", shown).replace("{total}", items.length);
            empty.hidden = shown > 0;
            document.body.setAttribute("data-search-results", String(shown));
          }
          function remember() {
            try {
              var url = new URL(window.location.href);
              if (input.value) url.searchParams.set("q", input.value); else url.searchParams.delete("q");
              window.history.replaceState(null, "", url.toString());
            } catch (error) { /* file:// pages may refuse; searching still works */ }
          }
          input.addEventListener("input", function () { apply(); remember(); });
          input.form.addEventListener("submit", function (event) { event.preventDefault(); });
          document.addEventListener("keydown", function (event) {
            if (event.key === "/" && document.activeElement !== input) { event.preventDefault(); input.focus(); }
          });
          var query = new URLSearchParams(window.location.search).get("q");
          if (query) input.value = query;
          apply();
        })();

        """#
}
