package io.github.stepadvisor;

/**
 * A rule set stopped because one of its rules kept firing: an edited rule that loops (for example
 * by inserting a fact that matches itself again). Names the rule, its id and its file.
 */
public final class RunawayRuleException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final String id;
    private final String file;

    RunawayRuleException(String rule, String id, String file, int firings, int limit) {
        super(file + ": rule \"" + rule + "\" (@id " + id + ") fired " + firings + " of " + limit
                + " times for one applicant and was stopped: it loops");
        this.rule = rule;
        this.id = id;
        this.file = file;
    }

    public String rule() {
        return rule;
    }

    public String id() {
        return id;
    }

    public String file() {
        return file;
    }
}
