package io.github.leakhound.detectors.index;

import edu.umd.cs.findbugs.FieldAnnotation;
import edu.umd.cs.findbugs.ba.XField;

/**
 * A field of the analysed program, named by the class that declares it (accesses through a subclass are
 * resolved to the declaring class, so every access of one field has the same id).
 *
 * @param className binary name of the declaring class
 * @param name      the field name
 * @param signature the field's type descriptor
 * @param isStatic  true for a static field
 */
public record FieldId(String className, String name, String signature, boolean isStatic) {

    /** The id of a field as SpotBugs resolved it. */
    public static FieldId of(XField field) {
        return new FieldId(field.getClassName(), field.getName(), field.getSignature(), field.isStatic());
    }

    /** The SpotBugs annotation that names this field in a bug report. */
    public FieldAnnotation toAnnotation() {
        return new FieldAnnotation(className, name, signature, isStatic);
    }
}
