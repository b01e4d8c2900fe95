// Brings the diagram library's script and the designer's styles into the page once, so the
// host only has to mount the designer's pages.
const styles = [
  "_content/Z.Blazor.Diagrams/style.min.css",
  "_content/Z.Blazor.Diagrams/default.styles.min.css",
  "_content/Workflow.Designer/designer.css",
];
const diagramScript = "_content/Z.Blazor.Diagrams/script.min.js";

export function ensureAssets() {
  for (const href of styles) {
    if (!document.head.querySelector(`link[data-designer="${href}"]`)) {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      link.dataset.designer = href;
      document.head.appendChild(link);
    }
  }

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
