package org.organizer.funds.web;

import java.util.List;
import org.organizer.funds.PublicAccount;

/** Every fund with its progress, for the public list. */
public record PublicFundListPage(List<PublicAccount> accounts) {}
