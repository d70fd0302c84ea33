// Stand-in for office-addin-manifest inside Jest (its ESM-only dependency cannot be required).
module.exports = {};
