'use strict';
// The report's print button; a separate file because the pages allow no inline script.
document.getElementById('cetak').addEventListener('click', function () {
  window.print();
});
