/**
 * Han characters written in two forms that readers take as one: the forms
 * Japan simplified in 1946-1949 (shinjitai, 県 学 発) and the traditional
 * ones Korean hanja keep (縣 學 發). Each pair is written new-then-old and
 * both fold to the new form, the one Japanese hosts and most of the app
 * write. It holds every jōyō kanji whose traditional form has a code point
 * of its own, and the variants common in names (嶋 﨑 髙 冨 邉) and in
 * Korean texts (靑 說 敎 內 劃 for 計劃). Traditional forms encoded only
 * as CJK compatibility ideographs (社 祝 者 …) are not listed: NFKC folds
 * those already.
 */
const PAIRS = [
  '亜亞 悪惡 圧壓 囲圍 為爲 医醫 壱壹 稲稻 飲飮 隠隱 営營 栄榮 衛衞 駅驛 円圓 塩鹽 縁緣 艶艷 応應 欧歐',
  '殴毆 桜櫻 奥奧 横橫 温溫 穏穩 仮假 価價 画畫 会會 壊壞 懐懷 絵繪 概槪 拡擴 殻殼 覚覺 学學 岳嶽 楽樂',
  '渇渴 缶罐 巻卷 陥陷 勧勸 寛寬 関關 歓歡 観觀 顔顏 気氣 既旣 帰歸 亀龜 偽僞 戯戲 犠犧 旧舊 拠據 挙擧',
  '虚虛 峡峽 挟挾 狭狹 郷鄕 暁曉 区區 駆驅 勲勳 薫薰 径徑 茎莖 恵惠 掲揭 渓溪 経經 蛍螢 軽輕 継繼 鶏鷄',
  '芸藝 欠缺 研硏 県縣 倹儉 剣劍 険險 圏圈 検檢 献獻 権權 顕顯 験驗 厳嚴 広廣 効效 恒恆 黄黃 鉱鑛 号號',
  '国國 黒黑 砕碎 済濟 斎齋 剤劑 雑雜 参參 桟棧 蚕蠶 惨慘 賛贊 残殘 糸絲 歯齒 児兒 辞辭 湿濕 実實 写寫',
  '釈釋 寿壽 収收 従從 渋澁 獣獸 縦縱 粛肅 処處 緒緖 叙敍 奨奬 将將 称稱 渉涉 焼燒 証證 乗乘 浄淨 剰剩',
  '畳疊 縄繩 壌壤 嬢孃 譲讓 醸釀 触觸 嘱囑 真眞 寝寢 慎愼 尽盡 図圖 粋粹 酔醉 随隨 髄髓 枢樞 数數 瀬瀨',
  '声聲 斉齊 静靜 窃竊 摂攝 専專 浅淺 戦戰 践踐 銭錢 潜潛 繊纖 禅禪 双雙 壮壯 争爭 荘莊 捜搜 挿插 巣巢',
  '装裝 総總 騒騷 増增 蔵藏 臓臟 即卽 属屬 続續 堕墮 対對 体體 帯帶 滞滯 台臺 滝瀧 択擇 沢澤 担擔 単單',
  '胆膽 団團 断斷 弾彈 遅遲 痴癡 虫蟲 昼晝 鋳鑄 庁廳 徴徵 聴聽 勅敕 鎮鎭 逓遞 鉄鐵 点點 転轉 伝傳 灯燈',
  '当當 党黨 盗盜 闘鬭 闘鬪 徳德 独獨 読讀 届屆 弐貳 悩惱 脳腦 覇霸 廃廢 拝拜 売賣 麦麥 発發 髪髮 抜拔',
  '晩晚 蛮蠻 秘祕 浜濱 瓶甁 払拂 仏佛 併倂 並竝 餅餠 辺邊 辺邉 変變 弁辨 弁辯 弁瓣 歩步 舗舖 穂穗 宝寶',
  '褒襃 豊豐 没沒 翻飜 毎每 万萬 満滿 麺麵 黙默 弥彌 訳譯 薬藥 与與 予豫 余餘 誉譽 揺搖 様樣 謡謠 遥遙',
  '来來 頼賴 乱亂 覧覽 竜龍 両兩 猟獵 緑綠 涙淚 塁壘 礼禮 励勵 戻戾 霊靈 齢齡 暦曆 歴歷 恋戀 錬鍊 炉爐',
  '労勞 郎郞 楼樓 録錄 湾灣 姫姬 巌巖 桧檜 峰峯 島嶋 島嶌 崎﨑 崎嵜 高髙 富冨 青靑 清淸 説說 税稅 鋭銳',
  '脱脫 閲閱 悦悅 呉吳 娯娛 教敎 内內 歳歲 産產 彦彥 絶絕 屏屛 尚尙 蒋蔣 醤醬 填塡 顛顚 痩瘦 画劃 蝋蠟',
  '竈竃 篭籠 祢禰 芦蘆 鴎鷗 沖冲 吉𠮷',
].join(' ');

/** Traditional or variant form → the form it folds to. */
export const KANJI_VARIANTS: ReadonlyMap<string, string> = new Map(
  PAIRS.split(' ').map((pair) => {
    const [modern = '', old = ''] = Array.from(pair);
    return [old, modern] as const;
  }),
);
