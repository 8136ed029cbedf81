package org.sitrep.actor;

/** CAMEO role codes as the actor resolver groups them: state roles, international bodies, kin roles. */
final class Roles {
    private Roles() {
    }

    /** The role a state gets from an agent word: "-" persons (leader, official) are the government. */
    static String stateRole(String role, LexiconMatch agent) {
        if (role == null) {
            return null;
        }
        if (role.equals("-")) {
            return agent != null && agent.entry().personal() ? "GOV" : null;
        }
        return role;
    }

    static boolean isStateRole(String role) {
        return role != null && switch (role) {
            case "GOV", "MIL", "COP", "JUD", "LEG", "SPY" -> true;
            default -> false;
        };
    }

    static boolean isInternational(String role) {
        return role == null || switch (role) {
            case "IGO", "NGO", "PKO", "IMG", "NGM", "MNC", "REF" -> true;
            default -> false;
        };
    }

    /** Whether an actor's role may be what a role word asks for (rebels, separatists and armed groups meet). */
    static boolean compatible(String wanted, String actual) {
        if (actual == null) {
            return false;
        }
        if (wanted.equals("REB") || wanted.equals("SEP") || wanted.equals("UAF")) {
            return actual.equals("REB") || actual.equals("SEP") || actual.equals("UAF");
        }
        if (wanted.equals("PTY") || wanted.equals("OPP")) {
            return actual.equals("PTY") || actual.equals("OPP");
        }
        return wanted.equals(actual);
    }
}
