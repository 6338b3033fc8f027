package org.auditbench.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** A class is stateless when it has no instance fields (static constants are fine). */
final class StatelessCondition {

    static final ArchCondition<JavaClass> NO_INSTANCE_STATE = new ArchCondition<>("have no instance fields") {
        @Override
        public void check(JavaClass item, ConditionEvents events) {
            for (JavaField field : item.getFields()) {
                if (!field.getModifiers().contains(JavaModifier.STATIC)) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " has instance field "
                            + field.getName() + "; rules must be stateless"));
                }
            }
        }
    };

    private StatelessCondition() {
    }
}
