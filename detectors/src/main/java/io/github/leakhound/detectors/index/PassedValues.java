package io.github.leakhound.detectors.index;

import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.visitclass.DismantleBytecode;
import edu.umd.cs.findbugs.visitclass.PreorderVisitor;
import java.util.ArrayList;
import java.util.List;
import org.apache.bcel.Const;

/**
 * The values that the call being scanned hands to code that may keep them: the arguments of a method or
 * constructor that is not a known borrower, or the values a lambda or method reference captures. A string
 * concatenation only formats what it is given, and a borrower ({@code System.out.println}) only uses it.
 */
public final class PassedValues {

    private PassedValues() {
    }

    /**
     * The stack items, before the call, that it may keep.
     *
     * @param scan       the scan positioned at an {@code invoke*} instruction
     * @param stack      the scan's opcode stack
     * @param ownerCalls which calls merely borrow their arguments
     */
    public static List<OpcodeStack.Item> mayBeKept(DismantleBytecode scan, OpcodeStack stack, OwnerCalls ownerCalls) {
        String methodName = scan.getNameConstantOperand();
        boolean kept = scan.getOpcode() == Const.INVOKEDYNAMIC ? !OwnerCalls.isStringConcatenation(methodName)
                : !ownerCalls.borrows(scan.getDottedClassConstantOperand(), methodName);
        List<OpcodeStack.Item> values = new ArrayList<>();
        int count = kept ? PreorderVisitor.getNumberArguments(scan.getSigConstantOperand()) : 0;
        for (int argument = 0; argument < count; argument++) {
            values.add(stack.getStackItem(argument));
        }
        return values;
    }
}
