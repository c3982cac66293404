// The shape of Chinese and Korean names in English text: a common family name first, then a given name of one or
// two syllables, written as one word ("Shilong"), hyphenated ("Jin-hyok") or as separate words ("Jin Hyok").

const CHINESE_SURNAMES = `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie
Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao
Cui Zhong Tan Fan Liao Fang Jin Shi Xia Qian Kong Bai Qin Xiong Meng Hou Qiu Xue Yan Duan Lei Tao Mao Hao Gu Gong
Shao Wan Wen Yin Xing Zou Chang Kang Lai Xi Fu Ji Dai Mo Ou Qi Rao Ruan Tong Wei Zhan Zuo Guan Geng Hua Jia Kou Lv
Niu Pang Qu Sheng Shu Tu Wan Yi Yue Zhai Chai Bi Che Miao Mu Nie Pu Shang Shan Tsai Chiang Hsu Kuo Lee Chan Wong
Cheung Leung Lam Ho Chow Tsang Ni Ling Mei Gan Zhuo Rong Bao Jing Lian Sima Ouyang`;

const KOREAN_SURNAMES = `Kim Lee Ri Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Jang Lim Rim Han Oh O Seo Shin Sin
Kwon Hwang Ahn An Song Yoo Yu Hong Jeon Jon Chon Ko Moon Mun Son Bae Baek Nam Yang Heo Ryu Ju Kil`;

/** Family names that open a Chinese or Korean name. "He", "Ma", "An", "O" need a syllable-shaped given name after. */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(
  `${CHINESE_SURNAMES} ${KOREAN_SURNAMES}`.split(/\s+/).filter(Boolean),
);

const PINYIN_SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|v|ü)$/;

const KOREAN_SYLLABLE =
  /^(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|ŏ|ŭ|a|e|o|u|i)(?:ng|[knltmpgb])?$/;

function splits(word: string, syllable: RegExp, max: number): boolean {
  if (word === "") return true;
  if (max === 0) return false;
  for (let i = Math.min(word.length, 6); i >= 1; i--) {
    if (syllable.test(word.slice(0, i)) && splits(word.slice(i), syllable, max - 1)) return true;
  }
  return false;
}

/** Is `word` ("Shilong", "Jin-hyok", "Hua") a romanised Chinese or Korean given-name part of 1–2 syllables? */
export function isSyllabicGivenName(word: string): boolean {
  if (!/^\p{Lu}[\p{Ll}ŏŭü]+(?:-[\p{L}ŏŭ]+)?$/u.test(word)) return false;
  const parts = word.toLowerCase().split("-");
  if (parts.length > 2) return false;
  const total = parts.length;
  return parts.every((p) => splits(p, PINYIN_SYLLABLE, 3 - total) || splits(p, KOREAN_SYLLABLE, 3 - total));
}
