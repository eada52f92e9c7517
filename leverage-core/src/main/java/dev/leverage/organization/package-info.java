/**
 * Teams, managers and the organization that ties them together: who owns and who influences which
 * team, who reports to whom, and each manager's output rate (§3 of the model).
 */
@LeverageStyle
package dev.leverage.organization;

import dev.leverage.internal.LeverageStyle;
