/**
 * How an application embeds the advisor ({@link io.github.stepadvisor.examples.EmbeddingExample}).
 * The command line's packages beside this one are the {@code advisor.jar} application, not API.
 */
package io.github.stepadvisor.examples;
