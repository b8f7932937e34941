// Material's inline content script (partials/javascripts/content.html, Material 9.x),
// moved to a file for the Content-Security-Policy; unchanged.
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"));
