// TypeDoc plugin for `npm run docs` (typedoc.json).
// 1. Names each module by its npm package ("@cleanroomsml-sdk/local-endpoint"), not by its folder.
// 2. Leaves out the schema objects (GetAudienceModel$, ResourceNotFoundException$, ...): values typed with
//    @smithy/types' Static*Schema that the generated client exports so its own modules can wire the serde. They are
//    not API a user calls, and the generator gives them no @internal tag that TypeDoc's excludeInternal would read.
// 3. The index page is the repository README: the site takes its title from the README's first heading and the
//    page shows that heading once (TypeDoc puts the site title above the README, which starts with its own).
import { readFileSync } from "node:fs";
import { Converter, MarkdownEvent, ReflectionKind } from "typedoc";

export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const { project } = context;
    for (const module of project.getReflectionsByKind(ReflectionKind.Module)) {
      // TypeDoc records, for each symbol, the package.json nearest to its source file.
      const packageName = project.getSymbolIdFromReflection(module)?.packageName;
      if (packageName && packageName !== "<unknown>") module.name = packageName;
    }
    for (const variable of project.getReflectionsByKind(ReflectionKind.Variable)) {
      if (variable.type?.type === "reference" && /^Static\w*Schema$/.test(variable.type.name)) project.removeReflection(variable);
    }
    const readme = app.options.getValue("readme");
    const title = readme && readme !== "none" ? readFileSync(readme, "utf8").match(/^# (.+)$/m)?.[1].trim() : undefined;
    if (title) project.name = title;
  });
  app.renderer.on(MarkdownEvent.PARSE, (event) => {
    if (event.page.url === "index.html" && /^# /.test(event.originalText)) event.parsedText = event.parsedText.replace(/<h1\b[^>]*>[\s\S]*?<\/h1>/, "");
  });
}
