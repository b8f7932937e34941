// Material's inline linked-tabs script (partials/javascripts/content.html, Material 9.x, when
// content.tabs.link is on), moved to a file for the Content-Security-Policy; unchanged.
var tabs=__md_get("__tabs");if(Array.isArray(tabs))e:for(var set of document.querySelectorAll(".tabbed-set")){var labels=set.querySelector(".tabbed-labels");for(var tab of tabs)for(var label of labels.getElementsByTagName("label"))if(label.innerText.trim()===tab){var input=document.getElementById(label.htmlFor);input.checked=!0;continue e}}
