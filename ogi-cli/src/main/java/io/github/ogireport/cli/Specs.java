package io.github.ogireport.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Builds picocli's model of ogi's commands in code rather than from annotations. Reading the annotations was most
 * of picocli's cost in a short run (the JDK parses each annotation and generates a proxy class per annotation
 * type, every run): 150–200 ms of CPU before the first report was read (docs/performance.md, start-up). The
 * model built here is the one the annotations gave: the same names, labels, defaults, descriptions and types, so
 * the same parsing, help and error messages ({@code ogi-cli/src/test/resources/golden/help} holds the help).
 * The values are read back by option name after parsing ({@link #value(CommandSpec, String)}).
 */
final class Specs {
    private Specs() {
    }

    /**
     * A command named {@code name} running {@code command} (a {@link Runnable} or a
     * {@link java.util.concurrent.Callable}), with picocli's standard {@code -h, --help} and {@code -V, --version}
     * (what {@code mixinStandardHelpOptions = true} adds, without reading its annotated mixin).
     */
    static CommandSpec command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.")
                .build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .descriptionKey("mixinStandardHelpOptions.version")
                .description("Print version information and exit.").build());
        return spec;
    }

    /** The help's "Exit status:" list: entries {@code "status:meaning"}. */
    static void exitCodes(CommandSpec spec, String... entries) {
        spec.usageMessage().exitCodeListHeading("Exit status:%n")
                .exitCodeList(UsageMessageSpec.keyValuesMap(entries));
    }

    /** An option of {@code type} whose value is shown as {@code label} ({@code <field>} for an annotated field). */
    static OptionSpec.Builder option(String name, Class<?> type, String label, String description) {
        return OptionSpec.builder(name).type(type).paramLabel(label).description(description);
    }

    /** A flag ({@code --all}): true when given. */
    static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).description(description).build();
    }

    /** An option given any number of times, each value split at commas: {@code --disable=ID[,ID...]}. */
    static OptionSpec ids(String name, String description) {
        return OptionSpec.builder(name).type(List.class).auxiliaryTypes(String.class).splitRegex(",")
                .paramLabel("ID").description(description).build();
    }

    /**
     * The positional parameters: any number ({@code arity} {@code 0..*} or {@code 1..*}) of {@code type}; required
     * when at least one is, as an annotated {@code @Parameters} is (it changes the message when they are missing).
     */
    static PositionalParamSpec positionals(String label, String arity, Class<?> type, String description) {
        return PositionalParamSpec.builder().type(List.class).auxiliaryTypes(type).paramLabel(label).arity(arity)
                .required(CommandLine.Range.valueOf(arity).min() > 0).description(description).build();
    }

    /** The value of the option {@code name} after parsing: its default when not given, null when it has none. */
    static <T> T value(CommandSpec spec, String name) {
        // the map first: findOption interpolates every option's names on each call (a cold run interprets it)
        OptionSpec option = spec.optionsMap().get(name);
        return (option != null ? option : spec.findOption(name)).getValue();
    }

    /** A flag's value: false when not given. */
    static boolean flag(CommandSpec spec, String name) {
        return Boolean.TRUE.equals(value(spec, name));
    }

    /** The values of a repeatable option or of the positional parameters: empty when none was given. */
    static <T> List<T> values(List<T> parsed) {
        return parsed == null ? new java.util.ArrayList<>() : parsed;
    }

    /** The positional parameters' values: empty when none was given. */
    static <T> List<T> positionals(CommandSpec spec) {
        return values(spec.positionalParameters().get(0).getValue());
    }

    /** The values picocli parsed into {@code spec} (a command whose positional parameters are paths). */
    static Values parsed(CommandSpec spec) {
        return new Values() {
            @Override
            public <T> T value(String name) {
                return Specs.value(spec, name);
            }

            @Override
            public List<java.nio.file.Path> files() {
                return positionals(spec);
            }
        };
    }
}
