package io.github.stepadvisor.model;

/** US state and territory codes: the 50 states, DC, PR, GU, VI, AS and MP. */
public enum UsState {
    AL, AK, AZ, AR, CA, CO, CT, DE, FL, GA, HI, ID, IL, IN, IA, KS, KY, LA, ME, MD,
    MA, MI, MN, MS, MO, MT, NE, NV, NH, NJ, NM, NY, NC, ND, OH, OK, OR, PA, RI, SC,
    SD, TN, TX, UT, VT, VA, WA, WV, WI, WY,
    DC, PR, GU, VI, AS, MP
}
