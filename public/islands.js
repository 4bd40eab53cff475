// Starts Ponte's WebAssembly on a page with islands (the question pages; every other page is
// plain HTML and does not load this). Leptos' own loader would hydrate the islands before the
// page language's messages have arrived, so this one waits for them: load the module, let
// `hydrate()` fetch the messages, then hydrate each island. If anything fails, the page stays
// the server's HTML, whose forms work without JavaScript.
try {
  const ponte = await import(document.getElementById("ponte-js").href);
  await ponte.default({ module_or_path: document.getElementById("ponte-wasm").href });
  await ponte.hydrate();
  for (const island of document.querySelectorAll("leptos-island")) {
    const hydrateIsland = ponte[island.dataset.component];
    if (hydrateIsland) hydrateIsland(island);
    else console.warn(`Ponte: no WebAssembly for the island ${island.dataset.component}`);
  }
  // Lets browser tests (and styles, if ever needed) know the page is interactive.
  document.documentElement.setAttribute("data-hydrated", "");
} catch (e) {
  console.warn("Ponte stays a plain web page:", e);
}
