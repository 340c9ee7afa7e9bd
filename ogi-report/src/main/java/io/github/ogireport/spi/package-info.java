/**
 * The service-provider interface through which the library reads PDF and Word files: a {@link
 * io.github.ogireport.spi.DocumentReader} found with {@link java.util.ServiceLoader} when the module
 * {@code io.github.ogireport:ogi-report-documents} (Apache Tika) is on the classpath. The library itself reads
 * text and HTML only and never names a Tika type; without a reader, a PDF or Word file gives an error naming the
 * missing module.
 */
package io.github.ogireport.spi;
