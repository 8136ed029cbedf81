package org.sitrep.annotation;

/**
 * The Universal Dependencies relation names Sitrep reads (as CoreNLP writes them: UD v2 with a few v1
 * names it still produces), so rules name a relation once instead of spelling it as a string.
 */
public final class Relations {
    private Relations() {
    }

    /** {@code nsubj}: nominal subject. */
    public static final String NSUBJ = "nsubj";
    /** {@code nsubj:pass}: passive nominal subject. */
    public static final String NSUBJ_PASS = "nsubj:pass";
    /** {@code obj}: object. */
    public static final String OBJ = "obj";
    /** {@code iobj}: indirect object. */
    public static final String IOBJ = "iobj";
    /** {@code obl}: oblique nominal. */
    public static final String OBL = "obl";
    /** {@code obl:agent}: agent of a passive. */
    public static final String OBL_AGENT = "obl:agent";
    /** {@code obl:tmod}: temporal oblique. */
    public static final String OBL_TMOD = "obl:tmod";
    /** {@code obl:npmod}: noun-phrase adverbial oblique. */
    public static final String OBL_NPMOD = "obl:npmod";
    /** {@code nmod}: nominal modifier. */
    public static final String NMOD = "nmod";
    /** {@code nmod:poss}: possessive nominal modifier. */
    public static final String NMOD_POSS = "nmod:poss";
    /** {@code nmod:tmod}: temporal nominal modifier. */
    public static final String NMOD_TMOD = "nmod:tmod";
    /** {@code nmod:npmod}: noun-phrase adverbial modifier. */
    public static final String NMOD_NPMOD = "nmod:npmod";
    /** {@code amod}: adjectival modifier. */
    public static final String AMOD = "amod";
    /** {@code advmod}: adverbial modifier. */
    public static final String ADVMOD = "advmod";
    /** {@code aux}: auxiliary. */
    public static final String AUX = "aux";
    /** {@code aux:pass}: passive auxiliary. */
    public static final String AUX_PASS = "aux:pass";
    /** {@code cop}: copula. */
    public static final String COP = "cop";
    /** {@code mark}: subordinating marker. */
    public static final String MARK = "mark";
    /** {@code case}: case marker (preposition). */
    public static final String CASE = "case";
    /** {@code det}: determiner. */
    public static final String DET = "det";
    /** {@code det:predet}: predeterminer. */
    public static final String DET_PREDET = "det:predet";
    /** {@code compound}: compound. */
    public static final String COMPOUND = "compound";
    /** {@code compound:prt}: phrasal-verb particle. */
    public static final String COMPOUND_PRT = "compound:prt";
    /** {@code conj}: conjunct. */
    public static final String CONJ = "conj";
    /** {@code cc}: coordinating conjunction. */
    public static final String CC = "cc";
    /** {@code cc:preconj}: preconjunct. */
    public static final String CC_PRECONJ = "cc:preconj";
    /** {@code xcomp}: open clausal complement. */
    public static final String XCOMP = "xcomp";
    /** {@code ccomp}: clausal complement. */
    public static final String CCOMP = "ccomp";
    /** {@code advcl}: adverbial clause. */
    public static final String ADVCL = "advcl";
    /** {@code acl}: clausal modifier of a noun. */
    public static final String ACL = "acl";
    /** {@code acl:relcl}: relative clause. */
    public static final String ACL_RELCL = "acl:relcl";
    /** {@code appos}: apposition. */
    public static final String APPOS = "appos";
    /** {@code nummod}: numeric modifier. */
    public static final String NUMMOD = "nummod";
    /** {@code punct}: punctuation. */
    public static final String PUNCT = "punct";
    /** {@code root}: root of the sentence. */
    public static final String ROOT = "root";
    /** {@code neg}: negation (UD v1, still produced by CoreNLP). */
    public static final String NEG = "neg";
    /** {@code csubj}: clausal subject. */
    public static final String CSUBJ = "csubj";
    /** {@code csubj:pass}: passive clausal subject. */
    public static final String CSUBJ_PASS = "csubj:pass";
    /** {@code expl}: expletive. */
    public static final String EXPL = "expl";
    /** {@code fixed}: fixed multiword expression. */
    public static final String FIXED = "fixed";
    /** {@code flat}: flat multiword name. */
    public static final String FLAT = "flat";
    /** {@code parataxis}: parataxis. */
    public static final String PARATAXIS = "parataxis";
    /** {@code dep}: unspecified dependency. */
    public static final String DEP = "dep";
    /** {@code poss}: possessive (UD v1). */
    public static final String POSS = "poss";
    /** {@code list}: list. */
    public static final String LIST = "list";
    /** {@code discourse}: discourse element. */
    public static final String DISCOURSE = "discourse";
    /** {@code vocative}: vocative. */
    public static final String VOCATIVE = "vocative";
    /** {@code nsubjpass}: passive nominal subject (UD v1). */
    public static final String NSUBJPASS = "nsubjpass";
    /** {@code dobj}: direct object (UD v1). */
    public static final String DOBJ = "dobj";
    /** {@code auxpass}: passive auxiliary (UD v1). */
    public static final String AUXPASS = "auxpass";
}
