/**
 * Exercise {@code frontend-basics/json-in-script}: embed server data as JSON in a page's {@code
 * <script>} so that neither the HTML tokenizer nor the JavaScript parser can be tricked by it
 * ({@code </script>}, {@code <!--}, U+2028 and U+2029).
 */
package dev.roadmapkit.frontendbasics.jsoninscript;
