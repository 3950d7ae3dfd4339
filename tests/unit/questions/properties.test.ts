import { describeBankProperties } from "./bank-properties";
import { fixture } from "./fixture";

describeBankProperties("fixture", fixture, { seeds: 40, subsets: 60 });
