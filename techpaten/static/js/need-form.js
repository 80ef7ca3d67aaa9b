// Need form: ticking a use case ticks the skills it usually takes (data-suggested-skills holds skill ids).
// Optional by design: without JavaScript the server uses the suggested skills when none is ticked.
(function () {
  "use strict";
  var form = document.querySelector("form.need-form");
  if (!form) {
    return;
  }
  var useCases = Array.prototype.slice.call(form.querySelectorAll('input[name="use_cases"][data-suggested-skills]'));
  var skills = {};
  form.querySelectorAll('input[type="checkbox"][name="skills"]').forEach(function (box) {
    skills[box.value] = box;
  });
  var touched = new Set(); // skills the person changed by hand: left alone from then on
  var ticked = new Set(); // skills this script ticked, so unticking a use case can take them back

  function suggested(box) {
    return (box.getAttribute("data-suggested-skills") || "").split(" ").filter(Boolean);
  }

  function stillSuggested() {
    var ids = new Set();
    useCases.forEach(function (box) {
      if (box.checked) {
        suggested(box).forEach(function (id) { ids.add(id); });
      }
    });
    return ids;
  }

  Object.keys(skills).forEach(function (id) {
    skills[id].addEventListener("change", function () {
      touched.add(id);
      ticked.delete(id);
    });
  });

  useCases.forEach(function (useCase) {
    useCase.addEventListener("change", function () {
      if (useCase.checked) {
        suggested(useCase).forEach(function (id) {
          var box = skills[id];
          if (box && !box.checked && !touched.has(id)) {
            box.checked = true;
            ticked.add(id);
          }
        });
        return;
      }
      var keep = stillSuggested();
      suggested(useCase).forEach(function (id) {
        if (ticked.has(id) && !keep.has(id)) {
          skills[id].checked = false;
          ticked.delete(id);
        }
      });
    });
  });
})();
