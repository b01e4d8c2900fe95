// Brings the diagram library's script into the page once (the stylesheets come with each designer
// page, see Components/DesignerStyles.razor), so the host only has to mount the designer's pages.
const diagramScript = "_content/Z.Blazor.Diagrams/script.min.js";

export function ensureAssets() {
  if (window.ZBlazorDiagrams) {
    return Promise.resolve(true);
  }

  return new Promise((resolve, reject) => {
    let script = document.head.querySelector("script[data-designer-diagrams]");
    if (!script) {
      script = document.createElement("script");
      script.src = diagramScript;
      script.dataset.designerDiagrams = "1";
      document.head.appendChild(script);
    }
    script.addEventListener("load", () => resolve(true));
    script.addEventListener("error", () => reject(new Error("Could not load " + diagramScript)));
    if (window.ZBlazorDiagrams) {
      resolve(true);
    }
  });
}
