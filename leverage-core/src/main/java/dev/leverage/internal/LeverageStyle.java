package dev.leverage.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project-wide Immutables style: generated {@code Immutable*} classes stay package-private
 * behind the hand-written, documented {@code builder()} of each value type, which builds through
 * them; they generate equals, hashCode and toString, and call the value's {@code @Value.Check}.
 *
 * <p>Generated classes carry no {@code @Generated} annotation ({@code allowedClasspathAnnotations}
 * lists only {@link Override}): that annotation's class is not on a consumer's class path, and
 * {@code javac -Xlint:all} warns about every class file that names it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    allowedClasspathAnnotations = Override.class,
    builder = "new",
    // an attribute kept package-private behind a public accessor of another shape is named
    // knownX and reads as x (Activity.knownTime is "time" in toString)
    get = {"get*", "known*"},
    defaults = @Value.Immutable(copy = false))
public @interface LeverageStyle {}
