/**
 * The documented file formats as API: read an applicant profile ({@link
 * io.github.stepadvisor.format.ProfileJson}), write advice ({@link
 * io.github.stepadvisor.format.AdviceJson}) and a program list ({@link
 * io.github.stepadvisor.format.ProgramListJson}), read a program catalogue in CSV or JSON ({@link
 * io.github.stepadvisor.format.CatalogueReader}). The command line uses these same classes, so a
 * program embedding the library gets its messages, limits and bytes. A document that cannot be
 * read is refused with an {@link io.github.stepadvisor.model.InvalidInputException} listing every
 * problem by its path.
 *
 * <p>Built on Jackson's streaming parser and generator ({@code jackson-core}); no signature shows
 * a Jackson type, and no data binding is needed. The JSON Schemas of the formats are resources
 * of this package: {@code io/github/stepadvisor/format/schemas/*.schema.json}.
 */
package io.github.stepadvisor.format;
