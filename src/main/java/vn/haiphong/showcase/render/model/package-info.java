/**
 * The template model: what our Freemarker templates see, as records (Zola's {@code ser.rs} idea).
 * {@link vn.haiphong.showcase.render.model.TemplateContext} holds the top-level names
 * ({@code site}, {@code page}, {@code ex}, {@code t}, …); a record component is read in a
 * template by its name ({@code page.title}). The types are public only because Freemarker reads
 * public classes; they are built in {@code render} and nowhere else. A component that may be
 * missing in a template ({@code ??} false) is null; an empty string or list is a value that is
 * there. Free front-matter and site.yaml {@code params} stay maps: they are the user's data.
 * The template reference in the project docs is generated from these types, so every component
 * needs a meaning there ({@code TemplateModelReference}).
 */
package vn.haiphong.showcase.render.model;
